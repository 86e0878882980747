// Labels of the summary: groups for rows with a blank cell, and the headline.

export const NO_LEAD = "(Chưa có đơn vị chủ trì)";
export const NO_LEADER = "(Chưa có lãnh đạo phụ trách)";
export const NO_SECTION = "(Chưa có nhóm nhiệm vụ)";

/** "27/40 nhiệm vụ hoàn thành", and with `errors` rows failing the checks: "…; 3 dòng có lỗi, xếp loại tạm tính". */
export function headlineText(done: number, total: number, errors?: number): string {
  const base = `${done}/${total} nhiệm vụ hoàn thành`;
  return errors ? `${base}; ${errors} dòng có lỗi kiểm tra, xếp loại tạm tính đến khi sửa xong` : base;
}
