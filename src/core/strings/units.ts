// Vietnamese labels of the unit catalog (the workbook's Danh mục sheet).
import type { UnitKind } from "../types";

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  board: "Ban Giám đốc",
  office: "Phòng chức năng",
  attached: "Đơn vị trực thuộc",
  outside: "Cơ quan ngoài Sở",
  group: "Nhóm đơn vị",
};

