// Workbook-level defined names of the tracker. The Office.js adapter and the file reader rely on them.

export const NAMES = {
  reportDate: "NgayBaoCao",
  windowDays: "SoNgayCanhBao",
  onTime: "DiemDungHan",
  late: "DiemTreHan",
  overdue: "DiemQuaHan",
  /** The plan year ("Năm kế hoạch"), blank when unknown: phrases without a year ("Tháng 9") read in it. */
  planYear: "NamKeHoach",
  /** The tracker's identity, carried by every unit copy split from it, so a return is merged only into its own tracker. */
  trackerId: "MaSoTheoDoi",
  excellent: "MucXuatSac",
  good: "MucTot",
  done: "MucHoanThanh",
  /** What a partner's share of a task weighs in its score (the lead's weighs 1); 0 by default. */
  partnerWeight: "TrongSoPhoiHop",
  unitList: "DsDonVi",
  statusList: "DsTinhTrang",
  leaderList: "DsLanhDao",
  /** The whole unit catalog block (code, name, kind, aliases), without its header. */
  unitCatalog: "DmDonVi",
  /** The whole Board block (code, name, title, aliases), without its header. */
  leaderCatalog: "DmLanhDao",
} as const;

/** Band names in band order (highest first); bands past the third have no name. */
export const BAND_NAMES = [NAMES.excellent, NAMES.good, NAMES.done] as const;
