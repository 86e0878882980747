// What a reminder says to one unit: its shape is the `tracker remind --json` contract.
import type { IsoDate } from "../types";

export interface OverdueItem {
  id: string;
  title: string;
  /** The effective deadline: Hạn điều chỉnh when set, else Hạn hoàn thành. */
  due: IsoDate;
  daysLate: number;
}

export interface DueSoonItem {
  id: string;
  title: string;
  due: IsoDate;
  /** 0 on the deadline itself. */
  daysLeft: number;
}

export interface UnitReminder {
  /** The lead unit as the tracker writes it (the first spelling met, like the summary's groups). */
  unit: string;
  /** From the catalog's E-mail column; "" when the unit is not in the catalog or has none. */
  email: string;
  overdue: OverdueItem[];
  dueSoon: DueSoonItem[];
}
