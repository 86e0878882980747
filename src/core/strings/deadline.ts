// Vietnamese text of the `tracker deadline` command.

export const DEADLINE_CLI = {
  usage:
    "Cách dùng: tracker deadline [--year YYYY] [CỤM TỪ ...]\n" +
    "  Không có cụm từ thì đọc từ đầu vào chuẩn, mỗi dòng một cụm từ; in mỗi kết quả một dòng JSON.",
  yearOutOfRange: (value: string) => `Năm kế hoạch "${value}" không hợp lệ; hãy ghi năm từ 1900 đến 2199, ví dụ --year 2026.`,
};

const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

/**
 * The Thời hạn of one occurrence of a recurring obligation, written so that the deadline grammar
 * reads it back as exactly that occurrence's due date (a one-off deadline, so `check` agrees with
 * Hạn hoàn thành): "Tháng 01/2026 (trước ngày 15/01/2026)", "Quý II/2026", "6 tháng đầu năm 2026".
 * `due` is `YYYY-MM-DD`; the aside is left out when the due date is the end of the period.
 */
export function occurrencePhrase(cycle: "monthly" | "quarterly" | "halfYearly", index: number, due: string, periodEnds: boolean): string {
  const [year, month, day] = due.split("-");
  const period =
    cycle === "monthly"
      ? `Tháng ${month}/${year}`
      : cycle === "quarterly"
        ? `Quý ${ROMAN_QUARTERS[index - 1]}/${year}`
        : `6 tháng ${index === 1 ? "đầu" : "cuối"} năm ${year}`;
  return periodEnds ? period : `${period} (trước ngày ${day}/${month}/${year})`;
}
