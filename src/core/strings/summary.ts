// Labels of the summary: groups for rows with a blank cell, and the headline.

export const NO_LEAD = "(Chưa có đơn vị chủ trì)";
export const NO_LEADER = "(Chưa có lãnh đạo phụ trách)";
export const NO_SECTION = "(Chưa có nhóm nhiệm vụ)";

/** "27/40 nhiệm vụ hoàn thành" */
export function headlineText(done: number, total: number): string {
  return `${done}/${total} nhiệm vụ hoàn thành`;
}
