// List form: a task line, then "+ Phòng chủ trì tham mưu: ...", "+ Cơ quan phối hợp: ...",
// "+ Thời gian hoàn thành: ..."; sometimes the fields sit in brackets on the task line itself.
import type { Label } from "./labels";
import { splitLabels } from "./labels";

const TRAILING_FIELDS = /^(.*\S)\s*\(([^()]*:[^()]*)\)\s*[.;:]?$/u;

/** "- Kế hoạch X (chủ trì: Phòng NVY; thời gian: Quý II/2026)" → the task line and its fields. */
export function inlineLabels(body: string): { title: string; labels: Label[] } | null {
  const m = TRAILING_FIELDS.exec(body);
  if (!m) return null;
  const labels = splitLabels(m[2], 1);
  return labels ? { title: m[1], labels } : null;
}
