// "Tháng 2:", "Tháng 6/2026:", "THÁNG 01 NĂM 2026" alone on a line: a month heading over the tasks due
// that month (focus tasks planned by month). Its words are the tasks' deadline phrase.

export interface MonthHeading {
  /** "2": the month, as the section's number. */
  number: string;
  label: string;
  /** "Tháng 2", "Tháng 6/2026": the deadline of the tasks below that name none of their own. */
  deadline: string;
}

const MONTH = /^tháng\s+(\d{1,2})(\s*[/.]\s*\d{4}|\s+năm\s+\d{4})?\s*:?$/iu;

export function monthHeading(text: string): MonthHeading | null {
  const bare = text.replace(/[*_]/g, "").trim();
  const m = MONTH.exec(bare);
  // "Tháng 2:" or "THÁNG 2": a heading; a bare "Tháng 8/2026" is more often a value on its own line.
  if (!m || !(bare.endsWith(":") || bare === bare.toUpperCase())) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  const label = text.replace(/[*_]/g, "").trim().replace(/\s*:$/, "");
  const deadline = `Tháng ${m[1]}${m[2] ? m[2].replace(/\s+/g, " ") : ""}`;
  return { number: String(month), label, deadline: deadline.replace(/^Tháng (\d+)\s*([/.])\s*/, "Tháng $1$2") };
}
