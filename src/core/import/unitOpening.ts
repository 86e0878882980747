// How a unit's name opens, read from the words alone ("Sở ...", "Các Trung tâm Y tế ...", "UBND cấp
// xã"), never from a catalog: bodies the catalog does not know are units by the same shape.
// Words a unit's name opens with, as written (lower case): "Bố trí" is no "Bộ", "Bảo đảm" no "Bảo hiểm".
const OPENERS = [
  "sở", "bộ", "phòng", "văn phòng", "thanh tra", "chi cục", "cục", "vụ", "viện", "trung tâm", "bệnh viện",
  "ubnd", "ủy ban", "uỷ ban", "hđnd", "hội đồng", "ban", "bảo hiểm", "bhxh", "công an", "bộ chỉ huy",
  "bộ đội", "mặt trận", "liên đoàn", "hội", "đoàn", "đài", "báo", "trường", "kho bạc", "ngân hàng",
  "tỉnh ủy", "tỉnh uỷ", "thành ủy", "huyện ủy", "đảng ủy", "ttyt", "bvđk", "cdc", "tòa án", "toà án",
  "viện kiểm sát", "chính phủ", "thủ trưởng", "lãnh đạo", "giám đốc", "chủ tịch", "tổng cục",
].map((s) => s.split(" "));

// After "Các" / "Những": a word for a kind of body ("Các sở", "Các Trung tâm Y tế", "các cơ quan").
const GROUP_NOUNS = new Set([
  "sở", "bộ", "ban", "ngành", "cơ", "đơn", "phòng", "trung", "bệnh", "đoàn", "tổ", "hội", "địa", "trường",
  "tỉnh", "huyện", "xã", "doanh", "chi", "cục", "viện", "ttyt", "ủy", "uỷ", "ubnd", "thủ", "lãnh", "tập",
  "báo", "đài", "khoa", "chủ", "cấp", "cơ", "bvđk", "trạm",
]);

// These name a body only before a capitalised name ("Ban Quản lý ...", "Hội Chữ thập đỏ", "Báo Hưng
// Lâm"); "Ban hành", "Hội nghị", "Đoàn kiểm tra", "Vụ việc" open no unit.
const NAMED_AFTER = new Set(["phòng", "ban", "hội", "đoàn", "đài", "báo", "vụ", "viện", "trường", "cục", "sở"]);

/** The first few words, lower case: all that a unit's opening needs. */
function words(text: string): string[] {
  return text
    .trim()
    .normalize("NFC")
    .split(/\s+/, 4)
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""));
}

/** The text opens like a unit's name: "Sở ...", "Bộ ...", "Các Trung tâm Y tế ...", "UBND cấp xã". */
export function opensLikeUnit(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Lu}/u.test(t)) return false;
  const raw = t.split(/\s+/, 4);
  const w = words(t);
  if (w[0] === "các" || w[0] === "những") return GROUP_NOUNS.has(w[1] ?? "");
  // "Phòng, chống dịch": a comma after the first word makes it a verb.
  if (raw[0].endsWith(",")) return false;
  // "Phòng khám Đa khoa ...": a clinic, named in lower case like "Bệnh viện".
  if (w[0] === "phòng" && w[1] === "khám") return /^\p{Lu}/u.test(raw[2] ?? "");
  if (NAMED_AFTER.has(w[0]) && !/^\p{Lu}/u.test(raw[1] ?? "")) return false;
  return OPENERS.some((o) => o.every((x, k) => w[k] === x));
}
