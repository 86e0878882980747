// Reads the dated parts of a phrase left to right, with the words that join and qualify them.
import {
  dayPeriod,
  monthPeriod,
  partOfYear,
  quarterPeriod,
  yearPeriod,
  type Period,
} from "./periods";
import type { Token } from "./tokens";

/** One dated part as the phrase states it: a period, or a span "X đến Y" / "X-Y". */
export interface Segment {
  first: Period;
  last: Period;
  range: boolean;
  /** "Từ X" with no end, or "X trở đi". */
  openFrom: boolean;
  /** "Trước X": finish before X begins (a stated day still means that day). */
  before: boolean;
}

export interface Scan {
  segments: Segment[];
  /** "hằng năm", "các năm tiếp theo", and shorter cycles owed within the year: "hằng quý", "định kỳ". */
  yearly: boolean;
  /** "thường xuyên", "liên tục", "hằng ngày", "hằng tuần". */
  ongoing: boolean;
  /** "trong vòng 30 ngày" seen before any dated part. */
  relative: boolean;
  /** "kể từ", "tính từ": the dates that follow are the trigger of a time limit, not the deadline. */
  counted: boolean;
  /** "hằng tháng", "hàng quý": a cycle whose bare "ngày 25" is a day of every month (or quarter's last month). */
  monthly: boolean;
}

/** A year found after a period; `following` is "năm sau", one after the year the context gives. */
interface YearMark {
  year: number | null;
  following?: boolean;
  next: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const QUARTER_WORDS: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, l: 1, ll: 2, lll: 3, lv: 4,
  v: 5, vi: 6, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4,
};
const QUARTER_KEYWORDS = new Set(["quy", "qui", "q"]);
const SPELLED_MONTHS: Record<string, number> = {
  "một": 1, hai: 2, ba: 3, "tư": 4, "bốn": 4, "năm": 5,
  "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
};
const DURATION_UNITS = new Set(["ngay", "tuan", "thang", "nam", "gio", "buoi"]);
const DATE_SEPS = new Set(["/", ".", "-"]);
/** Words that may sit between a part and "đến"/"-" without breaking the span. */
const FILLERS = new Set(["het", "ngay", "thang", "nam", "quy", "cuoi", "la", "vao"]);
const JOINERS = new Set(["den", "toi", "va", "hoac"]);

class Scanner {
  private i = 0;
  private readonly segments: Segment[] = [];
  private yearly = false;
  private ongoing = false;
  private relative = false;
  private counted = false;
  private monthly = false;
  private pendingFrom = false;
  private pendingBefore = false;
  private join: "range" | "list" | null = null;
  private afterPart = false;
  private afterDocument = false;

  constructor(
    private readonly t: Token[],
    private readonly original: string,
  ) {}

  run(): Scan {
    const t = this.t;
    while (this.i < t.length) {
      const tok = t[this.i];
      if (this.schoolYear(this.i)) continue;
      const every = tok.kind === "number" ? this.every(this.i) : null;
      if (every !== null) {
        // "6 tháng/lần", "3 tháng một đợt" repeat within the year like "hằng quý"; "2 tuần/lần" is routine work.
        if (this.word(this.i + 1, "thang", "nam", "quy")) this.yearly = true;
        else this.ongoing = true;
        this.i = every;
        this.afterPart = false;
        continue;
      }
      const pair = tok.kind === "number" ? this.sixMonthsAndYear(this.i) : null;
      if (pair !== null) {
        // "6 tháng, năm", "Báo cáo 6 tháng, năm": the six-month and the yearly report, like "định kỳ 6 tháng, năm".
        this.yearly = true;
        this.i = pair;
        this.afterPart = false;
        continue;
      }
      const matched = this.matchPart(this.i);
      if (matched) {
        // "Kế hoạch số 14/KH-UBND ngày 20/01/2021": the day a document was signed is no deadline.
        if (!(this.afterDocument && matched.period.unit === "day")) this.addPart(matched.period);
        this.afterDocument = false;
        this.i = matched.next;
        continue;
      }
      if (tok.kind === "number" && this.sep(this.i + 1, "/") && this.word(this.i + 2)) {
        this.afterDocument = true;
        this.i++;
      } else if (tok.kind === "number" && this.timesPer(this.i) !== null) {
        this.i = this.timesPer(this.i) as number;
        this.afterPart = false;
      } else if (tok.kind === "number") {
        if (this.isDuration(this.i) && this.segments.length === 0) this.relative = true;
        this.afterPart = false;
        this.i++;
      } else if (tok.kind === "sep") {
        this.separator(tok.text);
        this.i++;
      } else if (!this.keyword()) {
        break;
      }
    }
    return {
      segments: this.segments,
      yearly: this.yearly,
      ongoing: this.ongoing,
      relative: this.relative,
      counted: this.counted,
      monthly: this.monthly,
    };
  }

  // ------------------------------------------------------------ token tests

  private word(j: number, ...words: string[]): boolean {
    const tok = this.t[j];
    return tok !== undefined && tok.kind === "word" && (words.length === 0 || words.includes(tok.text));
  }

  private num(j: number, maxDigits = 2): number | null {
    const tok = this.t[j];
    if (!tok || tok.kind !== "number" || tok.text.length > maxDigits) return null;
    return Number(tok.text);
  }

  private sep(j: number, set: Set<string> | string): boolean {
    const tok = this.t[j];
    return tok !== undefined && tok.kind === "sep" && (typeof set === "string" ? tok.text === set : set.has(tok.text));
  }

  private raw(j: number): string {
    const tok = this.t[j];
    return tok ? this.original.slice(tok.start, tok.end).toLowerCase() : "";
  }

  /** A number that starts a full date "d/m/yyyy", so it is not a bare quarter or month. */
  private startsDate(j: number): boolean {
    return this.sep(j + 1, DATE_SEPS) && this.num(j + 2) !== null && this.sep(j + 3, DATE_SEPS) && this.t[j + 4]?.kind === "number";
  }

  /** "30 ngày", "6 tháng", "2 năm": a length of time, not a calendar part. */
  private isDuration(j: number): boolean {
    // "ngày 20 tháng cuối quý" is a day of a month, not twenty months.
    if (this.word(j - 1, "ngay")) return false;
    const unit = this.t[j + 1];
    if (!unit || unit.kind !== "word" || !DURATION_UNITS.has(unit.text)) return false;
    if ((unit.text === "thang" || unit.text === "nam") && this.t[j + 2]?.kind === "number") return false;
    return true;
  }

  /**
   * "6 tháng/lần", "3 tháng một lần", "6 tháng/đợt", "6 tháng 1 lần": a task repeated every so long.
   * Read before any date, so "tháng một" is not January nor "6 tháng 1" the 6th of January. Returns
   * the index after it, or null.
   */
  private every(j: number): number | null {
    if (this.word(j - 1, "ngay") || !this.word(j + 1, ...DURATION_UNITS, "quy")) return null;
    let k = j + 2;
    if (this.sep(k, "/")) k++;
    if (this.word(k, "mot", "moi") || this.num(k) === 1) k++;
    return this.word(k, "lan", "dot", "ky") ? k + 1 : null;
  }

  /**
   * "6 tháng, năm", "6 tháng, 1 năm", "6 tháng và năm": reports owed for N months and for the
   * year, not a length of time. A year after "năm" ("6 tháng, năm 2026") is not this. Returns the
   * index after it, or null.
   */
  private sixMonthsAndYear(j: number): number | null {
    if (this.word(j - 1, "ngay") || !this.word(j + 1, "thang")) return null;
    let k = j + 2;
    if (!this.sep(k, ",") && !this.word(k, "va")) return null;
    k++;
    if (this.num(k) === 1) k++;
    if (!this.word(k, "nam") || this.t[k + 1]?.kind === "number") return null;
    return k + 1;
  }

  /**
   * "01 lần/năm", "2 lần trong năm", "1 lần/quý": a task repeated so many times a period, like
   * "hằng năm" (or like "hằng tuần" for weeks and days). Returns the index after it, or null.
   */
  private timesPer(j: number): number | null {
    if (!this.word(j + 1, "lan")) return null;
    const k = this.sep(j + 2, "/") || this.word(j + 2, "moi", "trong", "mot") ? j + 3 : null;
    if (k === null) return null;
    if (this.word(k, "nam", "quy", "thang")) this.yearly = true;
    else if (this.word(k, "tuan", "ngay")) this.ongoing = true;
    else return null;
    return k + 1;
  }

  // ------------------------------------------------------------ years

  /**
   * A year right after a period: "/2021", ".2021", "-2021", "năm 2021", ", năm 2021", "/21".
   * Two digits count only when they cannot start another date, and never after "-" when they
   * could be a month ("Tháng 5-6/2026").
   */
  private yearAfter(j: number): YearMark | null {
    let k = j;
    let viaDash = false;
    if (this.sep(k, DATE_SEPS)) {
      viaDash = this.t[k].text === "-";
      // "Quý I//2021", "Tháng 6/-2021": a doubled separator is a slip of the keyboard.
      while (this.sep(k, DATE_SEPS)) k++;
      if (this.word(k, "nam")) k++;
    } else if (this.sep(k, ",") && this.word(k + 1, "nam")) {
      k += 2;
    } else if (this.sep(k, ",") && this.fullYear(k + 1) !== null) {
      // "Quý I, 2021"; a short number after the comma is another month or quarter ("Tháng 11, 12/2013").
      return { year: this.fullYear(k + 1) as number, next: k + 2 };
    } else if (this.word(k, "nam") && this.word(k + 1, "sau") && this.raw(k + 1) === "sau") {
      // "trước ngày 15/01 năm sau": the year after the one the context gives.
      return { year: null, following: true, next: k + 2 };
    } else if (this.word(k, "nam")) {
      k++;
    } else {
      // "Quý I2021", "Tháng 6 2021": a four-digit year straight after the period.
      const year = this.fullYear(k);
      return year === null ? null : { year, next: k + 1 };
    }
    const tok = this.t[k];
    if (!tok || tok.kind !== "number") return null;
    if (tok.text.length === 4) {
      const year = Number(tok.text);
      return year >= MIN_YEAR && year <= MAX_YEAR ? { year, next: k + 1 } : null;
    }
    if (tok.text.length !== 2) return null;
    const yy = Number(tok.text);
    if (this.sep(k + 1, DATE_SEPS) && this.t[k + 2]?.kind === "number") return null;
    if (viaDash && yy <= 12) return null;
    if (this.word(k + 1) && DURATION_UNITS.has(this.t[k + 1].text)) return null;
    return { year: 2000 + yy, next: k + 1 };
  }

  private fullYear(j: number): number | null {
    const y = this.num(j, 4);
    return y !== null && this.t[j].text.length === 4 && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
  }

  private place(period: Period, mark: YearMark | null, next: number): { period: Period; next: number } {
    if (!mark) return { period, next };
    period.year = mark.year;
    if (mark.following) period.following = true;
    return { period, next: mark.next };
  }

  // ------------------------------------------------------------ parts

  private matchPart(j: number): { period: Period; next: number } | null {
    return (
      this.edgeOfQuarter(j) ??
      this.quarter(j) ??
      this.bareQuarter(j) ??
      this.partOfYear(j) ??
      this.edgeOfYear(j) ??
      this.month(j) ??
      this.continuation(j) ??
      this.isoDay(j) ??
      this.day(j) ??
      this.bareMonth(j) ??
      this.year(j)
    );
  }

  private quarterNumber(j: number): number | null {
    const tok = this.t[j];
    if (!tok) return null;
    // "Quý IIl", "Quý lI": a lower-case L typed for a capital I, in any mix.
    if (tok.kind === "word") return QUARTER_WORDS[tok.text] ?? (/^[il]+v?$/.test(tok.text) ? QUARTER_WORDS[tok.text.replace(/l/g, "i")] : null) ?? null;
    if (tok.kind === "number" && tok.text.length <= 2) return Number(tok.text);
    return null;
  }

  private quarter(j: number): { period: Period; next: number } | null {
    if (!this.word(j) || !QUARTER_KEYWORDS.has(this.t[j].text)) return null;
    let k = j + 1;
    if (this.sep(k, ".")) k++;
    const q = this.quarterNumber(k);
    if (q === null) return null;
    return this.place(quarterPeriod(q, null), this.yearAfter(k + 1), k + 1);
  }

  /**
   * "đầu Quý III/2026", "giữa quý II": the quarter's first or middle month, as "đầu năm" is the
   * year's first quarter; "cuối quý" is the quarter itself.
   */
  private edgeOfQuarter(j: number): { period: Period; next: number } | null {
    if (!this.word(j, "dau", "giua")) return null;
    const q = this.quarter(j + 1);
    if (!q) return null;
    const month = q.period.m1 + (this.t[j].text === "dau" ? 0 : 1);
    return { period: { ...q.period, unit: "month", m1: month, m2: month }, next: q.next };
  }

  /** "II/2026" with the word "Quý" left out: a Roman numeral and a year. */
  private bareQuarter(j: number): { period: Period; next: number } | null {
    const q = this.word(j, "i", "ii", "iii", "iv") ? QUARTER_WORDS[this.t[j].text] : null;
    if (q === null || !this.sep(j + 1, DATE_SEPS)) return null;
    const year = this.yearAfter(j + 1);
    return year && year.year !== null ? this.place(quarterPeriod(q, null), year, j + 1) : null;
  }

  /** "6 tháng đầu năm 2021", "sáu tháng cuối năm", "nửa đầu năm 2021". */
  private partOfYear(j: number): { period: Period; next: number } | null {
    let k = j;
    let count: number | null = null;
    if (this.num(j) !== null && this.word(j + 1, "thang")) {
      count = this.num(j);
      k = j + 2;
    } else if (this.word(j, "sau") && this.raw(j) !== "sau" && this.word(j + 1, "thang")) {
      count = 6;
      k = j + 2;
    } else if (this.word(j, "nua")) {
      count = 6;
      k = j + 1;
    }
    // "6 tháng năm 2026", "báo cáo 9 tháng năm 2026": the first months of that year, as reports
    // name them; only with the year written, since "6 tháng, năm" lists a half-year and a year report.
    if (count !== null && count >= 1 && count <= 12 && !this.word(j - 1, "ngay") && this.word(k, "nam") && this.fullYear(k + 1) !== null) {
      return this.place(partOfYear(1, count, null), { year: this.fullYear(k + 1), next: k + 2 }, k + 2);
    }
    if (count === null || count < 1 || count > 11 || !this.word(k, "dau", "cuoi")) return null;
    const first = this.t[k].text === "dau";
    k++;
    if (this.word(k, "nam")) k++;
    const period = first ? partOfYear(1, count, null) : partOfYear(13 - count, 12, null);
    const year = this.fullYear(k);
    if (year !== null) return this.place(period, { year, next: k + 1 }, k + 1);
    return this.place(period, this.yearAfter(k), k);
  }

  /** "đầu năm", "giữa năm", "cuối năm 2021": the quarter that ends there. */
  private edgeOfYear(j: number): { period: Period; next: number } | null {
    if (!this.word(j, "dau", "giua", "cuoi") || !this.word(j + 1, "nam")) return null;
    const year = this.fullYear(j + 2);
    const m2 = { dau: 3, giua: 6, cuoi: 12 }[this.t[j].text as "dau" | "giua" | "cuoi"];
    return { period: partOfYear(m2 - 2, m2, year), next: year === null ? j + 2 : j + 3 };
  }

  /** "tháng 6/2021", "tháng 06 năm 2021", "T6/2021", "Th6/2021", "tháng 9". */
  private month(j: number): { period: Period; next: number } | null {
    let k: number;
    if (this.word(j, "thang")) k = j + 1;
    else if (this.word(j, "t", "th") && this.t[j + 1]?.kind === "number" && this.t[j + 1].start === this.t[j].end) k = j + 1;
    // "Th.3/2026": the abbreviation with its dot.
    else if (this.word(j, "th") && this.sep(j + 1, ".") && this.t[j + 2]?.kind === "number" && this.t[j + 2].start === this.t[j + 1].end) k = j + 2;
    else return null;
    const spelled = this.spelledMonth(k);
    if (spelled) return this.place(monthPeriod(spelled.month, null), this.yearAfter(spelled.next), spelled.next);
    const m = this.num(k);
    if (m === null || this.isDuration(k)) return null;
    return this.place(monthPeriod(m, null), this.yearAfter(k + 1), k + 1);
  }

  /** "tháng Sáu", "tháng mười hai": a month written in words, read from the marked spelling. */
  private spelledMonth(j: number): { month: number; next: number } | null {
    if (!this.word(j)) return null;
    const word = this.raw(j);
    if (word === "mười") {
      const unit = this.raw(j + 1);
      if (unit === "một") return { month: 11, next: j + 2 };
      if (unit === "hai") return { month: 12, next: j + 2 };
      return { month: 10, next: j + 1 };
    }
    // "tháng năm 2026" is more likely a month left out than May; May needs its own year after it.
    if (word === "năm" && !this.word(j + 1, "nam")) return null;
    const month = SPELLED_MONTHS[word];
    return month === undefined ? null : { month, next: j + 1 };
  }

  /** "Quý I, II/2021", "Tháng 11, 12/2013": a bare number continuing a list or span of the same unit. */
  private continuation(j: number): { period: Period; next: number } | null {
    if (!this.join || this.segments.length === 0) return null;
    // "Năm 2026, chậm nhất 30/11": words between the list mark and the number end the list.
    const prev = this.t[j - 1];
    if (prev?.kind === "word" && !FILLERS.has(prev.text) && !JOINERS.has(prev.text)) return null;
    // "Năm 2026, hết 30/11", "Tháng 11/2026, hạn cuối 10/12": a day and month, not a year or month
    // with a two-digit year ("Tháng 11, 12/2026" keeps its four-digit one).
    const dayMonth = this.sep(j + 1, DATE_SEPS) && this.num(j + 2) !== null;
    const unit = this.segments[this.segments.length - 1].last.unit;
    if (dayMonth && (unit === "year" || unit === "month")) return null;
    if (this.startsDate(j) || this.isDuration(j)) return null;
    if (unit === "quarter") {
      const q = this.quarterNumber(j);
      if (q === null || (this.t[j].kind === "number" && q > 4)) return null;
      return this.place(quarterPeriod(q, null), this.yearAfter(j + 1), j + 1);
    }
    if (unit === "month") {
      const m = this.num(j);
      if (m === null || m > 12) return null;
      return this.place(monthPeriod(m, null), this.yearAfter(j + 1), j + 1);
    }
    if (unit === "year" && this.t[j].kind === "number" && this.t[j].text.length === 2) {
      return { period: yearPeriod(2000 + Number(this.t[j].text)), next: j + 1 };
    }
    return null;
  }

  /** "2021-06-30" */
  private isoDay(j: number): { period: Period; next: number } | null {
    const y = this.fullYear(j);
    if (y === null || !this.sep(j + 1, "-") || !this.sep(j + 3, "-")) return null;
    const m = this.num(j + 2);
    const d = this.num(j + 4);
    if (m === null || d === null) return null;
    return { period: dayPeriod(d, m, y), next: j + 5 };
  }

  /** "30/6/2021", "30.6.2021", "ngày 30 tháng 6 năm 2021", "30/6". */
  private day(j: number): { period: Period; next: number } | null {
    let k = j;
    const named = this.word(k, "ngay");
    if (named) k++;
    const d = this.num(k);
    if (d === null) return null;
    k++;
    if (named) {
      const cycle = this.dayOfCycle(d, k);
      if (cycle) return cycle;
      // "Hằng tháng, trước ngày 25": after a monthly or quarterly cycle, a day without a month is that
      // day of every month (of every quarter's last month), so the last one falls in December.
      if (this.monthly && d >= 1 && d <= 31 && !this.sep(k, DATE_SEPS) && !this.word(k, "thang")) {
        return { period: dayPeriod(d, 12, null), next: k };
      }
    }
    if (this.sep(k, DATE_SEPS) || this.word(k, "thang")) k++;
    else return null;
    const m = this.num(k);
    if (m === null) return null;
    const year = this.yearAfter(k + 1);
    // A bare "32/12/2021" is still a (wrong) date; a bare "45/6" is not a date at all.
    if (!named && (m > 12 || d === 0 || (d > 31 && !year))) return null;
    return this.place(dayPeriod(d, m, null), year, k + 1);
  }

  /**
   * "ngày 15 hằng tháng", "ngày 20 (của) tháng cuối quý": a day owed every month or quarter. Within
   * a plan year the last of them falls in December, so that is the day kept; the cycle marks the
   * task as repeating.
   */
  private dayOfCycle(d: number, j: number): { period: Period; next: number } | null {
    if (this.word(j, "hang", "moi") && this.word(j + 1, "thang")) return { period: dayPeriod(d, 12, null), next: j };
    let k = this.word(j, "cua") ? j + 1 : j;
    if (!this.word(k, "thang") || !this.word(k + 1, "cuoi")) return null;
    k += 2;
    if (this.word(k, "hang", "moi")) k++;
    if (!this.word(k, "quy") || this.quarterNumber(k + 1) !== null) return null;
    this.yearly = true;
    return { period: dayPeriod(d, 12, null), next: k + 1 };
  }

  /** "6/2021" without the word "tháng"; not a document number such as "15/2025/NĐ-CP". */
  private bareMonth(j: number): { period: Period; next: number } | null {
    const m = this.num(j);
    if (m === null || !this.sep(j + 1, DATE_SEPS)) return null;
    const year = this.yearAfter(j + 1);
    if (!year || year.year === null) return null;
    if (this.sep(year.next, "/") && this.word(year.next + 1)) return null;
    return { period: monthPeriod(m, year.year), next: year.next };
  }

  /**
   * "năm học 2026-2027": a school year, from September to the end of May (schools close the year
   * by 31 May), read as that span rather than two whole calendar years.
   */
  private schoolYear(j: number): boolean {
    if (!this.word(j, "nam") || !this.word(j + 1, "hoc")) return false;
    const y1 = this.fullYear(j + 2);
    if (y1 === null || !this.sep(j + 3, "-")) return false;
    const y2 = this.fullYear(j + 4) ?? (this.num(j + 4) === (y1 + 1) % 100 ? y1 + 1 : null);
    if (y2 !== y1 + 1) return false;
    this.addPart(monthPeriod(9, y1));
    this.join = "range";
    this.addPart(monthPeriod(5, y2));
    this.i = j + 5;
    return true;
  }

  /** "năm 2021", "2021", and "trong năm" / "cả năm" with the year left to the plan. */
  private year(j: number): { period: Period; next: number } | null {
    if (this.word(j, "nam")) {
      const y = this.fullYear(j + 1);
      if (y !== null) return { period: yearPeriod(y), next: j + 2 };
      if (this.word(j - 1, "trong", "ca") && !(this.word(j + 1) && !this.word(j + 1, "nay"))) {
        return { period: yearPeriod(null), next: this.word(j + 1, "nay") ? j + 2 : j + 1 };
      }
      return null;
    }
    const y = this.fullYear(j);
    if (y === null) return null;
    if (this.sep(j + 1, "/") && this.word(j + 2)) return null;
    return { period: yearPeriod(y), next: j + 1 };
  }

  private addPart(period: Period): void {
    const last = this.segments[this.segments.length - 1];
    if (this.join === "range" && last) {
      joinSpan(last, period);
    } else {
      this.segments.push({
        first: period,
        last: period,
        range: false,
        openFrom: this.pendingFrom,
        before: this.pendingBefore,
      });
    }
    this.pendingFrom = false;
    this.pendingBefore = false;
    this.join = null;
    this.afterPart = true;
  }

  // ------------------------------------------------------------ joining and qualifying words

  private separator(sep: string): void {
    if (!this.afterPart) return;
    if (sep === "-") this.join = "range";
    else if (sep === "," || sep === ";" || sep === "/" || sep === "+" || sep === "&") this.join = this.join ?? "list";
  }

  /** Handles the word at the cursor; false stops the scan ("định hướng đến năm 2030" is a vision, not a deadline). */
  private keyword(): boolean {
    const j = this.i;
    const w = this.t[j].text;
    const next = this.t[j + 1]?.kind === "word" ? this.t[j + 1].text : "";
    let used = 1;
    if ((w === "dinh" && next === "huong") || (w === "tam" && next === "nhin")) return false;
    // "từ" (from), not "tự" (self) or "tư" (fourth), which fold to the same letters.
    if (w === "tu" && (this.raw(j) === "từ" || this.raw(j) === "tu")) {
      this.pendingFrom = true;
      if (this.word(j - 1, "ke", "tinh")) this.counted = true;
    }
    else if (w === "truoc") this.pendingBefore = true;
    else if (w === "nay") this.pendingFrom = false;
    // "Tuần 2 tháng 7/2026": the week number is not a day; the month stands as the deadline.
    else if (w === "tuan" && this.t[j + 1]?.kind === "number") used = 2;
    else if (w === "den" || w === "toi") {
      if (this.afterPart) this.join = "range";
    } else if (w === "va" || w === "hoac") {
      if (this.afterPart) this.join = this.join ?? "list";
    } else if ((w === "tro" && (next === "di" || next === "ve")) || (w === "ve" && next === "sau")) {
      const last = this.segments[this.segments.length - 1];
      if (last && !last.range) last.openFrom = true;
      used = 2;
    } else if ((w === "hang" || w === "moi") && next === "nam") {
      this.yearly = true;
      used = 2;
    } else if ((w === "hang" || w === "moi") && (next === "quy" || next === "thang")) {
      // A monthly or quarterly report is owed within the plan year like a yearly one; only daily
      // or weekly work is ongoing.
      this.yearly = true;
      this.monthly = true;
      used = 2;
    } else if ((w === "hang" || w === "moi") && (next === "tuan" || next === "ngay")) {
      this.ongoing = true;
      used = 2;
    } else if (w === "tiep" && next === "theo") {
      this.yearly = true;
      used = 2;
    } else if (w === "cac" && next === "nam" && this.t[j + 2]?.kind !== "number" && !this.word(j + 2, "sau", "tiep")) {
      // "Quý I các năm": every year.
      this.yearly = true;
      used = 2;
    } else if ((w === "cac" || w === "nhung") && next === "nam" && this.word(j + 2, "sau")) {
      // "và các năm sau (đó)": the same as "các năm tiếp theo".
      this.yearly = true;
      used = 3;
    } else if ((w === "thuong" && next === "xuyen") || (w === "lien" && next === "tuc")) {
      this.ongoing = true;
      used = 2;
    } else if (w === "dinh" && next === "ky") {
      // "Định kỳ 6 tháng", "báo cáo định kỳ": a report owed every cycle, the last one by year end.
      this.yearly = true;
      used = 2;
    }
    if (!FILLERS.has(w) && !JOINERS.has(w)) this.afterPart = false;
    this.i += used;
    return true;
  }
}

/** "X đến Y": a missing year on either side comes from the other, across a year end if need be. */
function joinSpan(segment: Segment, end: Period): void {
  const start = segment.first;
  if (start.year === null && end.year !== null) {
    start.year = start.unit === end.unit && start.m1 > end.m1 ? end.year - 1 : end.year;
  } else if (end.year === null && start.year !== null) {
    end.year = start.unit === end.unit && end.m1 < start.m1 ? start.year + 1 : start.year;
  }
  segment.last = end;
  segment.range = true;
  segment.openFrom = false;
}

/**
 * A date "m/d/yyyy" that cannot be read day-first (the second number 13-31, the first a month):
 * "6/30/2026", "12/15/26". Not "30/6/2026", nor "6/7/2026", which are day-first.
 */
export function hasUsOrderDate(tokens: Token[]): boolean {
  const small = (tok: Token | undefined, lo: number, hi: number) =>
    tok !== undefined && tok.kind === "number" && tok.text.length <= 2 && Number(tok.text) >= lo && Number(tok.text) <= hi;
  const dateSep = (tok: Token | undefined, text?: string) =>
    tok !== undefined && tok.kind === "sep" && DATE_SEPS.has(tok.text) && (text === undefined || tok.text === text);
  for (let i = 0; i + 4 < tokens.length; i++) {
    const year = tokens[i + 4];
    if (
      small(tokens[i], 1, 12) &&
      dateSep(tokens[i + 1]) &&
      small(tokens[i + 2], 13, 31) &&
      dateSep(tokens[i + 3], tokens[i + 1].text) &&
      year.kind === "number" &&
      (year.text.length === 4 || year.text.length === 2) &&
      !dateSep(tokens[i - 1]) &&
      !dateSep(tokens[i + 5])
    ) {
      return true;
    }
  }
  return false;
}

export function scanTokens(tokens: Token[], original: string): Scan {
  return new Scanner(tokens, original).run();
}
