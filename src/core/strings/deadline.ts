// Vietnamese text of the `tracker deadline` command.

export const DEADLINE_CLI = {
  usage:
    "Cách dùng: tracker deadline [--year YYYY] [CỤM TỪ ...]\n" +
    "  Không có cụm từ thì đọc từ đầu vào chuẩn, mỗi dòng một cụm từ; in mỗi kết quả một dòng JSON.",
  yearOutOfRange: (value: string) => `Năm kế hoạch "${value}" không hợp lệ; hãy ghi năm từ 1900 đến 2199, ví dụ --year 2026.`,
};
