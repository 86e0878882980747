// A deadline written inside a sentence: "... báo cáo về Sở trước ngày 10/5/2026".

const DATE = "(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{2,4})?|\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?)";
const PERIOD =
  "(?:ngày\\s+" + DATE + "|ngày\\s+\\d{1,2}\\s+(?:hằng|hàng)\\s+(?:tháng|quý)|tháng\\s+\\d{1,2}(?:\\s*[/.]\\s*\\d{4}|\\s+năm\\s+\\d{4})?|quý\\s+[IVX\\d]+(?:\\s*[/.]\\s*\\d{4}|\\s+năm\\s+\\d{4})?|năm\\s+\\d{4})";
const INLINE = new RegExp(
  "(?:,\\s*)?((?:(?:bảo đảm|đảm bảo)\\s+)?(?:hoàn thành|xong)\\s+)?((?:trước|chậm nhất(?:\\s+là)?(?:\\s+ngày)?|(trong|hết))\\s+" + PERIOD + ")",
  "giu",
);

export interface InlineDeadline {
  deadline: string;
  /** The sentence without the deadline phrase when it closed the sentence. */
  rest: string;
}

// "...; thời gian hoàn thành: Quý II/2026." or "(thời hạn: 30/6/2026)" closing a sentence.
const LABELLED_TAIL = /[\s,;.(]*(?:thời\s+gian|thời\s+hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:\s*([^;:()]+?)\s*\)?[\s.;]*$/iu;

// "..., định kỳ hằng năm tổng hợp báo cáo ...", "Thường xuyên kiểm tra ...": a recurring task with no
// date of its own.
const PERIODIC = /định\s+kỳ\s+(?:hằng|hàng)\s+(?:năm|quý|tháng)|^thường\s+xuyên(?=\s)/iu;

function periodic(text: string): InlineDeadline | null {
  const m = PERIODIC.exec(text);
  return m ? { deadline: m[0].replace(/\s+/g, " "), rest: text } : null;
}

/**
 * The last deadline phrase of a sentence, if any. `strict` (a task's name, where "trong năm 2025"
 * more often says what the task covers): "trong" / "hết" count only after "hoàn thành".
 */
export function findInlineDeadline(text: string, strict = false): InlineDeadline | null {
  const labelled = LABELLED_TAIL.exec(text);
  if (labelled) return { deadline: labelled[1].trim(), rest: text.slice(0, labelled.index).trim() };
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(INLINE)) if (!strict || !m[3] || m[1]) last = m as RegExpExecArray;
  if (!last) return strict ? null : periodic(text);
  const end = last.index + last[0].length;
  const tail = text.slice(end);
  const closes = /^[\s.;:]*$/.test(tail);
  const rest = closes ? text.slice(0, last.index).replace(/[\s,;]+$/, "") : text;
  return { deadline: last[2].replace(/\s+/g, " "), rest };
}
