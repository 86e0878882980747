// A handmade tracker: units in and out of the catalog, extensions, on-time, late and early completions,
// ongoing work, deadlines around the due-soon window of 30/06/2026, text dates and odd statuses.
import { DEFAULT_SCORING } from "../../src/core/rating";
import type { Catalog, RawRow, Task } from "../../src/core/types";

export const CATALOG: Catalog = {
  units: [
    { code: "VP", name: "Văn phòng Sở", kind: "office", aliases: ["VPS"] },
    { code: "KHTC", name: "Phòng Kế hoạch - Tài chính", kind: "office", aliases: ["KH-TC", "Kế hoạch tài chính"] },
    { code: "NVY", name: "Phòng Nghiệp vụ Y", kind: "office", aliases: [] },
    { code: "TCCB", name: "Phòng Tổ chức cán bộ", kind: "office", aliases: ["TCCB"] },
    { code: "CDC", name: "Trung tâm Kiểm soát bệnh tật", kind: "attached", aliases: ["CDC"] },
    { code: "STC", name: "Sở Tài chính", kind: "outside", aliases: [] },
    { code: "ALL", name: "Các phòng, đơn vị thuộc Sở", kind: "group", aliases: [] },
  ],
  leaders: [
    { code: "GD", name: "Nguyễn Văn An", title: "Giám đốc", aliases: [] },
    { code: "PGD1", name: "Trần Thị Bình", title: "Phó Giám đốc", aliases: [] },
    { code: "PGD2", name: "Lê Minh Châu", title: "Phó Giám đốc", aliases: [] },
  ],
};

const OUTSIDE_UNIT = "Bệnh viện Phổi tỉnh";
const SECTION_A = "I. Tổ chức bộ máy";
const SECTION_B = "II. Chuyên môn";

type Spec = Partial<Task> & Pick<Task, "id" | "lead">;

const SPECS: Spec[] = [
  { id: "NV01", lead: "Phòng Kế hoạch - Tài chính", due: "2026-03-31", status: "Hoàn thành", doneDate: "2026-03-20", leader: "Nguyễn Văn An", section: SECTION_A },
  { id: "NV02", lead: "Phòng Kế hoạch - Tài chính", due: "2026-03-31", status: "Hoàn thành", doneDate: "2026-04-10", leader: "Nguyễn Văn An", section: SECTION_A },
  { id: "NV03", lead: "Phòng Kế hoạch - Tài chính", due: "2026-06-15", status: "Đang thực hiện", partners: ["Sở Tài chính", "Văn phòng Sở"], section: SECTION_A },
  { id: "NV04", lead: "Phòng Nghiệp vụ Y", due: "2026-07-03", status: "Đang thực hiện", leader: "Trần Thị Bình", section: SECTION_B },
  { id: "NV05", lead: "Phòng Nghiệp vụ Y", due: "2026-09-30", status: "Chưa thực hiện", leader: "Trần Thị Bình", section: SECTION_B },
  { id: "NV06", lead: "Phòng Nghiệp vụ Y", deadlineText: "Thường xuyên", status: "Đang thực hiện", leader: "Trần Thị Bình", section: SECTION_B },
  { id: "NV07", lead: "Văn phòng Sở", due: "2026-06-30", extendedDue: "2026-08-31", status: "Đang thực hiện", partners: ["Phòng Kế hoạch - Tài chính"] },
  { id: "NV08", lead: "Văn phòng Sở", due: "2026-05-31", extendedDue: "2026-06-20", status: "Hoàn thành", doneDate: "2026-06-18" },
  { id: "NV09", lead: "Trung tâm Kiểm soát bệnh tật", due: "2026-06-30", status: "Chưa thực hiện", leader: "Lê Minh Châu", section: SECTION_B },
  { id: "NV10", lead: "Trung tâm Kiểm soát bệnh tật", due: "2026-07-07", status: "Đang thực hiện", leader: "Lê Minh Châu", section: SECTION_B },
  { id: "NV11", lead: "Trung tâm Kiểm soát bệnh tật", due: "2026-07-08", status: "Đang thực hiện", leader: "Lê Minh Châu", section: SECTION_B },
  { id: "NV12", lead: OUTSIDE_UNIT, due: "2026-06-29", status: "Đang thực hiện", partners: ["Trung tâm Kiểm soát bệnh tật"], section: SECTION_B },
  { id: "NV13", lead: OUTSIDE_UNIT, due: "2026-04-30", status: "Hoàn thành", section: SECTION_B },
  { id: "NV14", lead: "Phòng Tổ chức cán bộ", deadlineText: "Thường xuyên", status: "Hoàn thành", doneDate: "2026-05-05", section: SECTION_A },
  { id: "NV15", lead: "Phòng Tổ chức cán bộ", due: "2026-04-30", status: "Dừng/điều chỉnh", section: SECTION_A },
  { id: "NV16", lead: " phòng kế hoạch - tài chính ", due: "2026-12-31", status: "Đang thực hiện", leader: "Nguyễn Văn An", partners: ["Bệnh viện Phổi tỉnh", "Phòng Tổ chức cán bộ"] },
  { id: "NV17", lead: "", due: "2026-06-01", status: "Chưa thực hiện" },
  { id: "NV18", lead: "Phòng Tổ chức cán bộ", due: "2026-10-15", status: "", leader: "Lê Minh Châu", section: SECTION_A },
  // Done early: not scored until its deadline comes.
  { id: "NV19", lead: "Phòng Kế hoạch - Tài chính", due: "2026-09-30", status: "Hoàn thành", doneDate: "2026-05-15", leader: "Nguyễn Văn An", section: SECTION_A },
  // Done, due on one of the report dates (07/07).
  { id: "NV20", lead: "Phòng Nghiệp vụ Y", due: "2026-07-07", status: "Hoàn thành", doneDate: "2026-07-01", leader: "Trần Thị Bình", section: SECTION_B },
  // The rows below are typed as TYPED says, not as the task says.
  { id: "NV21", lead: "Phòng Nghiệp vụ Y", due: "2026-06-30", status: "Đang thực hiện", section: SECTION_B },
  { id: "NV22", lead: "Trung tâm Kiểm soát bệnh tật", due: "2026-03-31", status: "Hoàn thành", doneDate: "2026-04-15", leader: "Lê Minh Châu" },
  { id: "NV23", lead: "Văn phòng Sở", due: "2026-04-30", extendedDue: "2026-12-31", status: "Đang thực hiện" },
  { id: "NV24", lead: "Trung tâm Kiểm soát bệnh tật", due: "2026-05-31", status: "Hoàn thành", doneDate: "2026-06-05", leader: "Lê Minh Châu", section: SECTION_B },
  { id: "NV25", lead: "Văn phòng Sở", due: "2026-05-31", status: "Hoàn thành", doneDate: "2026-05-20" },
  { id: "NV26", lead: "Văn phòng Sở", due: "2026-06-10", status: "Hoàn thành", doneDate: "2026-06-05", leader: "Trần Thị Bình", section: SECTION_B },
];

/**
 * Cells typed the way users type them, which the workbook's formulas read differently from the
 * lenient reading of the checks: dates as text (blank to the formulas) and statuses spelt otherwise.
 */
export const TYPED: Record<string, RawRow> = {
  NV19: { status: "  Hoàn   thành " }, // TRIM makes it the label
  NV21: { due: "30/6/2026" },
  NV22: { doneDate: "15/04/2026" },
  NV23: { extendedDue: "31/12/2026" },
  NV24: { status: "hoàn thành" }, // = ignores case
  NV25: { status: "hoan thanh" }, // no accents: not the label, so not done
  // Non-breaking spaces, as pasted from Word or the web: the names are still theirs.
  NV26: { lead: "\u00a0Văn phòng\u00a0Sở", leader: "Trần\u00a0Thị Bình\u00a0", section: "II.\u00a0Chuyên môn" },
};

/** Tasks as the core sees them. */
export function fixtureTasks(): Task[] {
  return SPECS.map((s) => ({
    source: "KH 01/KH-SYT",
    section: "",
    month: s.due ? Number(s.due.slice(5, 7)) : null,
    title: `Nhiệm vụ ${s.id}`,
    product: "Báo cáo",
    partners: [],
    leader: "",
    deadlineText: s.due ? `${s.due.slice(8, 10)}/${s.due.slice(5, 7)}/${s.due.slice(0, 4)}` : "",
    due: null,
    extendedDue: null,
    status: "",
    progress: s.status === "Hoàn thành" ? 100 : 30,
    doneDate: null,
    evidence: s.status === "Hoàn thành" ? `Báo cáo số ${s.id.slice(2)}/BC-SYT` : "",
    note: "",
    ...s,
  }));
}

/**
 * The same tasks as sheet rows: real dates as JS dates (one as an ISO string, which becomes a real
 * date on the sheet), partners joined by "; ", and the cells of TYPED as typed there.
 */
export function fixtureRows(tasks: Task[] = fixtureTasks()): RawRow[] {
  return tasks.map((t, i) => ({
    id: t.id,
    source: t.source,
    section: t.section || null,
    month: t.month,
    title: t.title,
    product: t.product,
    lead: t.lead || null,
    partners: t.partners.length > 0 ? t.partners.join("; ") : null,
    leader: t.leader || null,
    deadlineText: t.deadlineText,
    due: t.due ? (i === 17 ? t.due : jsDate(t.due)) : null,
    extendedDue: t.extendedDue ? jsDate(t.extendedDue) : null,
    status: t.status || null,
    progress: t.progress,
    doneDate: t.doneDate ? jsDate(t.doneDate) : null,
    evidence: t.evidence || null,
    note: t.note || null,
    ...TYPED[t.id],
  }));
}

export function jsDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export const SETTINGS = { reportDate: "2026-06-30", windowDays: 7, scoring: DEFAULT_SCORING };
