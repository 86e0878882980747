// "Riêng năm 2020 hoàn thành trong quý II/2020", "Năm 2026, hoàn thành trước 30/11/2026": a year that
// frames the task, then the completion inside it. The completion is the deadline, not the year's end
// that a list of periods would end at.
const FRAMED = /^\s*(?:riêng\s+)?(?:trong\s+)?năm\s+(\d{4})\s*[,:;-]?\s*(?:phải\s+)?(?:hoàn\s+thành|xong)\s+(.+)$/iu;

/** The completion part and the framing year, or null when the phrase is not framed so. */
export function completionInYear(phrase: string): { year: number; completion: string } | null {
  const m = FRAMED.exec(phrase);
  return m ? { year: Number(m[1]), completion: m[2] } : null;
}
