// The tracker workbook as plain data. The .xlsx writer (src/xlsx) and the Office.js adapter
// (src/excel) both render exactly this; neither invents cells of its own.
import type { IsoDate } from "../core/types";

/** A cell to write: a value, a formula in invariant English form (leading "="), or a real date. */
export type PlanCell = string | number | boolean | null | { formula: string } | { date: IsoDate };

/** A rectangular block written in one go. Every row has the same length. */
export interface CellBlock {
  /** Top-left cell, A1 style, on the owning sheet. */
  topLeft: string;
  rows: PlanCell[][];
}

export interface ColumnPlan {
  /** 0-based column index. */
  index: number;
  /** Width in Excel character units. */
  width: number;
  wrap?: boolean;
  /** Excel number format, e.g. "dd/mm/yyyy". */
  numberFormat?: string;
  /** Hidden (working columns the reader need not see). */
  hidden?: boolean;
}

export interface StylePlan {
  /** A1 range on the owning sheet. */
  range: string;
  bold?: boolean;
  italic?: boolean;
  /** #RRGGBB */
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  /** Thin borders round every cell of the range (printed tables). */
  border?: boolean;
}

export interface TablePlan {
  /** Excel table name: letters, digits and underscores, unique in the workbook. */
  name: string;
  /** A1 range including the header row, e.g. "A1:R41". */
  range: string;
  headers: string[];
  /** Built-in table style, e.g. "TableStyleMedium2". */
  style: string;
}

/** What Excel does with a value outside the rule: refuse it (default) or only warn. */
export type ValidationErrorStyle = "stop" | "warning" | "information";

export type ValidationPlan =
  | {
      range: string;
      type: "list";
      /** A formula with leading "=", e.g. "=DsDonVi". */
      source: string;
      allowBlank: boolean;
      errorTitle: string;
      errorMessage: string;
      errorStyle?: ValidationErrorStyle;
    }
  | {
      range: string;
      type: "whole" | "decimal" | "date";
      /** For "date": Excel serial numbers. */
      min: number;
      max: number;
      allowBlank: boolean;
      errorTitle: string;
      errorMessage: string;
      errorStyle?: ValidationErrorStyle;
    };

/** A formula rule: `formula` is written for the top-left cell of `range` and is relative from there. */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  fill: string;
  fontColor?: string;
  stopIfTrue: boolean;
}

export interface SheetPlan {
  name: string;
  blocks: CellBlock[];
  table?: TablePlan;
  columns: ColumnPlan[];
  styles: StylePlan[];
  freeze?: { rows: number; columns: number };
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Tab colour, #RRGGBB. */
  tabColor?: string;
  /** Hidden from the tabs; "veryHidden" cannot be unhidden from Excel's menu (records the add-in keeps). */
  visibility?: "hidden" | "veryHidden";
  /**
   * Sheet protection without a password (anyone can read, sort and filter; Review > Unprotect lifts
   * it): every cell is locked but those of `unlocked` (A1 ranges).
   */
  protection?: { unlocked: string[] };
  /** Page setup for printing. */
  print?: PrintPlan;
  /**
   * Heights (points) of rows whose wrapped text needs more than one line: spreadsheet programs do not
   * grow a row when opening a file, so a wrapped header or title would print cut. Office.js autofits instead.
   */
  rowHeights?: { row: number; height: number }[];
  /** A1 ranges merged into one cell (titles and signature blocks of printed pages, never the task table). */
  merges?: string[];
}

export interface PrintPlan {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Scale to this many pages wide (height free). */
  fitToWidth?: number;
  /** Rows repeated at the top of every page, e.g. "1:1" or "5:5". */
  repeatRows?: string;
  /** Page margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
}

export interface NamePlan {
  /** Workbook-level defined name, e.g. "NgayBaoCao". */
  name: string;
  /** Absolute reference in invariant form, e.g. "'Danh mục'!$B$3". */
  refersTo: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
}
