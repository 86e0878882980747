// Shared shapes of the core engine. Every layer speaks in these; keep them stable.

/** A calendar date as `YYYY-MM-DD`. Plain strings compare in date order. */
export type IsoDate = string;

// ---------------------------------------------------------------- deadlines

export type DeadlineKind =
  | "date" // a stated day: 30/6/2021
  | "period" // a month, quarter, half-year or year: Quý I/2021
  | "range" // a span of years or periods: Giai đoạn 2021-2025
  | "from" // open-ended start: Từ quý II/2027
  | "ongoing" // Thường xuyên
  | "yearly" // Hằng năm
  | "event" // after something happens: Sau khi Trung ương ban hành ...
  | "relative" // counted from a trigger: trong thời hạn 06 ngày làm việc ...
  | "status" // a status written where a deadline should be: Đã hoàn thành
  | "vague" // says nothing: sớm, kịp thời
  | "needsYear" // understood, but needs a plan year that was not given
  | "empty"
  | "unknown";

export interface Deadline {
  due: IsoDate | null;
  from: IsoDate | null;
  recurring: boolean;
  kind: DeadlineKind;
  condition: string | null;
  /** How often a recurring obligation falls due (domain.md, "Recurring obligations"); absent otherwise. */
  cycle?: DeadlineCycle;
}

/** Recurring obligations tracked per occurrence (all but "yearly" become one row per occurrence). */
export type DeadlineCycle = "monthly" | "quarterly" | "halfYearly" | "yearly";

// ---------------------------------------------------------------- units

export type UnitKind = "board" | "office" | "attached" | "outside" | "group";

export interface Unit {
  code: string;
  name: string;
  kind: UnitKind;
  aliases: string[];
  /** Where reminders and unit workbooks go; the catalog's E-mail column, blank when unknown. */
  email?: string;
  /** Code of the unit that took this one over in a merger (2025 reorganisation); `check` offers it. */
  successor?: string;
}

/** A member of the Board (Ban Giám đốc), for the "Lãnh đạo phụ trách" column. */
export interface Leader {
  code: string;
  name: string;
  title: string;
  aliases: string[];
}

export interface Catalog {
  units: Unit[];
  leaders: Leader[];
}

export interface UnitMatch {
  /** The catalog unit, or null when nothing is close enough. */
  unit: Unit | null;
  /** 1 for an exact (normalised) name or alias hit; lower for near misses. */
  confidence: number;
  /** True when the text is the unit's canonical name exactly as written. */
  exact: boolean;
}

// ---------------------------------------------------------------- tasks

export const STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Dừng/điều chỉnh"] as const;
export type Status = (typeof STATUSES)[number];

/** Stable English keys of the task table's columns, in sheet order. */
export const TASK_FIELDS = [
  "id",
  "source",
  "section",
  "month",
  "title",
  "product",
  "lead",
  "partners",
  "leader",
  "deadlineText",
  "due",
  "extendedDue",
  "status",
  "progress",
  "doneDate",
  "evidence",
  "note",
  "state",
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/** The columns that hold real dates. */
export const DATE_FIELDS: readonly TaskField[] = ["due", "extendedDue", "doneDate"];

/** A cell value as read from any sheet: Excel serial numbers, JS dates, text, blanks. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A row as read from a sheet, before any interpretation. */
export type RawRow = Partial<Record<TaskField, CellValue>>;

/** A row after interpretation. Dates that could not be read stay null (checks report them). */
export interface Task {
  id: string;
  source: string;
  section: string;
  month: number | null;
  title: string;
  product: string;
  lead: string;
  partners: string[];
  leader: string;
  deadlineText: string;
  due: IsoDate | null;
  extendedDue: IsoDate | null;
  status: Status | "";
  progress: number | null;
  doneDate: IsoDate | null;
  evidence: string;
  note: string;
}

// ---------------------------------------------------------------- checks

export type Severity = "error" | "warning";

export interface Fix {
  /** The value to write into the cell. */
  value: string | number;
  /** Vietnamese description of the fix, shown on the button. */
  label: string;
}

export interface Finding {
  /** Index of the row in the input array (0-based); -1 for table-level findings. */
  row: number;
  id: string;
  field: TaskField | null;
  rule: string;
  severity: Severity;
  message: string;
  fix: Fix | null;
}

// ---------------------------------------------------------------- judgement

export const STATES = ["doneOnTime", "doneLate", "inProgress", "dueSoon", "overdue", "ongoing"] as const;
export type State = (typeof STATES)[number];

export interface Judgement {
  state: State;
  /** Days past the effective due date (as of the report date, or at completion); 0 when not late. */
  daysLate: number;
}

// ---------------------------------------------------------------- summary and rating

export interface RatingBand {
  min: number;
  label: string;
}

export interface ScoringConfig {
  onTime: number;
  late: number;
  overdue: number;
  /** Highest first. A score at or above `min` gets `label`. */
  bands: RatingBand[];
  /**
   * What a partner's share of a task weighs in the partner unit's score, against 1 for the lead
   * (TrongSoPhoiHop on Danh mục); absent or 0: partners do not count.
   */
  partnerWeight?: number;
}

export interface Counts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
  ongoing: number;
}

/**
 * The tasks a score counts: those whose effective deadline is set and on or before the report date,
 * done on time, done late or overdue (domain.md, "Summary and rating").
 */
export interface ScoredCounts {
  onTime: number;
  late: number;
  overdue: number;
}

export interface GroupSummary extends Counts {
  /** Mean score of tasks due by the report date, or null when none is due. */
  score: number | null;
  /** What `score` is the mean of; set by `summarise`. */
  scored?: ScoredCounts;
  /** The tasks the unit partners on that the score counts (with the partner weight); units only. */
  partnerScored?: ScoredCounts;
  rating: string | null;
  completionRate: number | null;
  onTimeRate: number | null;
}

export interface UnitSummary extends GroupSummary {
  unit: string;
}

export interface Headline {
  total: number;
  done: number;
  /** Rows with check errors, when the caller checked them (the ratings are then provisional). */
  errors?: number;
  text: string;
}

export interface Summary {
  asOf: IsoDate;
  headline: Headline;
  units: UnitSummary[];
  months: (GroupSummary & { month: number | null })[];
  leaders: (GroupSummary & { leader: string })[];
  sections: (GroupSummary & { section: string })[];
  tasks: { id: string; state: State; daysLate: number }[];
  /** True when rows have check errors: every rating is "tạm tính" until they are fixed. */
  provisional?: boolean;
}

// ---------------------------------------------------------------- import

export interface ImportedTask {
  id: string;
  section: string;
  title: string;
  product: string;
  lead: string;
  partners: string[];
  deadlineText: string;
  due: IsoDate | null;
  from: IsoDate | null;
  recurring: boolean;
  warnings: string[];
}

export interface ImportResult {
  tasks: ImportedTask[];
  /** Source text that could not be placed in any task, reported not dropped. */
  unplaced: string[];
  /** Document-level notices (e.g. a flattened PDF table that cannot be recovered). */
  notices: string[];
}

/** A finding placed on the sheet it was read from. */
export interface LocatedFinding extends Finding {
  sheet: string;
  /** A1 address of the cell to fix, e.g. "M7". */
  cell: string;
}
