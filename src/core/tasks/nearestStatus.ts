import { STATUSES, type Status } from "../types";
import { editDistance } from "../units/editDistance";
import { statusKey } from "./cells";

/** Words units write instead of the list's wording, by the status they mean. */
const SYNONYMS: [string, Status][] = [
  ["Đã hoàn thành", "Hoàn thành"],
  ["Xong", "Hoàn thành"],
  ["Hoàn tất", "Hoàn thành"],
  ["Đã xong", "Hoàn thành"],
  ["Đang làm", "Đang thực hiện"],
  ["Đang triển khai", "Đang thực hiện"],
  ["Đang tiến hành", "Đang thực hiện"],
  ["Chưa làm", "Chưa thực hiện"],
  ["Chưa triển khai", "Chưa thực hiện"],
  ["Chưa", "Chưa thực hiện"],
  ["Dừng", "Dừng/điều chỉnh"],
  ["Tạm dừng", "Dừng/điều chỉnh"],
  ["Điều chỉnh", "Dừng/điều chỉnh"],
  ["Hủy", "Dừng/điều chỉnh"],
];

const CANDIDATES: [string, Status][] = [...STATUSES.map((s): [string, Status] => [statusKey(s), s]), ...SYNONYMS.map(([w, s]): [string, Status] => [statusKey(w), s])];

/** The status an unlisted text most likely means, or null when it is not close to any. */
export function nearestStatus(text: string): Status | null {
  const key = statusKey(text);
  if (key === "") return null;
  let best: Status | null = null;
  let bestDistance = Infinity;
  for (const [candidate, status] of CANDIDATES) {
    const limit = Math.max(1, Math.floor(candidate.length / 4));
    const d = editDistance(key, candidate, limit);
    if (d <= limit && d < bestDistance) {
      best = status;
      bestDistance = d;
    }
  }
  return best;
}
