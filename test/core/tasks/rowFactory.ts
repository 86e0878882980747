// Rows for the check tests: a clean task in progress and a clean finished one, to vary one cell at a time.
import { toExcelSerial } from "../../../src/core/dates";
import type { CheckOptions } from "../../../src/core/tasks/checkTasks";
import type { RawRow } from "../../../src/core/types";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

export const serial = toExcelSerial;

export const OPTIONS: CheckOptions = { catalog: DEFAULT_CATALOG, today: "2026-07-15", planYear: 2026 };

export function inProgressRow(overrides: RawRow = {}): RawRow {
  return {
    id: "NV01",
    source: "KH 12/KH-SYT ngày 10/01/2026",
    section: "I. Công tác tổ chức",
    month: 6,
    title: "Xây dựng kế hoạch kiểm tra an toàn thực phẩm năm 2026",
    product: "Kế hoạch",
    lead: "Phòng Kế hoạch - Tài chính",
    partners: "Văn phòng Sở; Thanh tra Sở",
    leader: "Lê Minh Hoàng",
    deadlineText: "Quý II/2026",
    due: serial("2026-06-30"),
    extendedDue: null,
    status: "Đang thực hiện",
    progress: 50,
    doneDate: null,
    evidence: "",
    note: "",
    ...overrides,
  };
}

export function doneRow(overrides: RawRow = {}): RawRow {
  return inProgressRow({
    status: "Hoàn thành",
    progress: 100,
    doneDate: serial("2026-06-20"),
    evidence: "Kế hoạch số 45/KH-SYT",
    ...overrides,
  });
}
