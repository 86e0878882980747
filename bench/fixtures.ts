// Synthetic, deterministic data for the benchmarks: the same seed gives the same rows on every run.
import { addDays } from "../src/core/dates";
import type { Status, Task } from "../src/core/types";

/** mulberry32: a small seeded generator, good enough to spread synthetic rows. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker(random: () => number) {
  return <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
}

const UNITS = [
  "Văn phòng Sở",
  "Thanh tra Sở",
  "Phòng Tổ chức cán bộ",
  "Phòng Kế hoạch - Tài chính",
  "Phòng Nghiệp vụ Y",
  "Phòng Nghiệp vụ Dược",
  "Chi cục Dân số - KHHGĐ",
  "Chi cục An toàn vệ sinh thực phẩm",
  "Trung tâm Kiểm soát bệnh tật",
  "Trung tâm Kiểm nghiệm",
  "Bệnh viện Đa khoa tỉnh",
  "Bệnh viện Y dược cổ truyền",
  ...Array.from({ length: 12 }, (_, i) => `Trung tâm Y tế huyện ${i + 1}`),
  "",
];
const LEADERS = ["Giám đốc Sở", "Phó Giám đốc phụ trách Y", "Phó Giám đốc phụ trách Dược", "Phó Giám đốc phụ trách Tài chính", ""];
const SECTIONS = ["Công tác tổ chức", "Khám chữa bệnh", "Y tế dự phòng", "Dược - mỹ phẩm", "Tài chính - đầu tư", "Chuyển đổi số", ""];

/** `count` tasks of plan year 2026, spread over units, months and states as a real year would be. */
export function makeTasks(count: number, seed = 1): Task[] {
  const random = seeded(seed);
  const pick = picker(random);
  const tasks: Task[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const ongoing = random() < 0.1;
    const month = 1 + Math.floor(random() * 12);
    const due = ongoing ? null : addDays(`2026-${String(month).padStart(2, "0")}-01`, Math.floor(random() * 28));
    const extendedDue = due && random() < 0.1 ? addDays(due, 30 + Math.floor(random() * 60)) : null;
    const roll = random();
    const status: Status = roll < 0.45 ? "Hoàn thành" : roll < 0.8 ? "Đang thực hiện" : roll < 0.97 ? "Chưa thực hiện" : "Dừng/điều chỉnh";
    const done = status === "Hoàn thành";
    tasks[i] = {
      id: `NV${String(i + 1).padStart(6, "0")}`,
      source: "KH số 01/KH-SYT",
      section: pick(SECTIONS),
      month: ongoing ? null : month,
      title: `Nhiệm vụ số ${i + 1}`,
      product: "Báo cáo",
      lead: pick(UNITS),
      partners: [pick(UNITS)].filter(Boolean),
      leader: pick(LEADERS),
      deadlineText: ongoing ? "Thường xuyên" : `Tháng ${month}/2026`,
      due,
      extendedDue,
      status,
      progress: done ? 100 : Math.floor(random() * 100),
      doneDate: done ? addDays(extendedDue ?? due ?? "2026-06-01", Math.floor(random() * 40) - 30) : null,
      evidence: done ? `Báo cáo số ${i + 1}/BC-SYT` : "",
      note: "",
    };
  }
  return tasks;
}

const ROMAN = ["I", "II", "III", "IV"];

/** Deadline phrases in the shapes directives use (domain.md), with their typos and spacing. */
const PHRASE_SHAPES: ((r: () => number, y: number) => string)[] = [
  (r, y) => `${day(r)}/${month(r)}/${y}`,
  (r, y) => `trước ngày ${day(r)}/${month(r)}/${y}`,
  (r, y) => `${day(r)}.${month(r)}.${y}`,
  (r, y) => `ngày ${day(r)} tháng ${month(r)} năm ${y}`,
  (r, y) => `Tháng ${month(r)}/${y}`,
  (r, y) => `trong tháng ${month(r)} năm ${y}`,
  (r, y) => `Quý ${ROMAN[Math.floor(r() * 4)]}/${y}`,
  (r, y) => `quý ${1 + Math.floor(r() * 4)} năm ${y}`,
  (r, y) => `Quý ${ROMAN[Math.floor(r() * 4)]}/ ${y}`,
  (r, y) => `6 tháng ${r() < 0.5 ? "đầu" : "cuối"} năm ${y}`,
  (_r, y) => `Năm ${y}`,
  (_r, y) => `Trước năm ${y + 1}`,
  (_r, y) => `Giai đoạn ${y}-${y + 4}`,
  (_r, y) => `Năm ${y}- ${y + 4}`,
  (r, y) => `Từ quý ${ROMAN[Math.floor(r() * 4)]}/${y}`,
  (r, y) => `Từ tháng ${month(r)}/${y} trở đi`,
  () => "Thường xuyên",
  () => "Hằng năm, thường xuyên",
  () => "Hàng năm",
  (_r, y) => `Năm ${y} và hằng năm`,
  (r) => `Tháng ${month(r)}`,
  () => "định kỳ hằng năm trước ngày 15 tháng 12",
  () => "Sau khi Trung ương ban hành hướng dẫn",
  () => "trong thời hạn 06 ngày làm việc kể từ ngày nhận được văn bản",
  () => "Đã hoàn thành",
  () => "kịp thời",
];

function day(random: () => number): number {
  return 1 + Math.floor(random() * 28);
}

function month(random: () => number): number {
  return 1 + Math.floor(random() * 12);
}

/** `count` deadline phrases of years 2024–2027. */
export function makePhrases(count: number, seed = 2): string[] {
  const random = seeded(seed);
  const pick = picker(random);
  return Array.from({ length: count }, () => {
    const phrase = pick(PHRASE_SHAPES)(random, 2024 + Math.floor(random() * 4));
    return random() < 0.1 ? phrase.toLowerCase() : phrase;
  });
}
