// Roles written into a task line rather than as labels: "Rà soát quy hoạch cán bộ (Phòng Tổ chức cán
// bộ chủ trì)", "... (Phòng A chủ trì, Phòng B phối hợp; hoàn thành trước ngày 31/3/2026)", and a
// paragraph closing with its assignment: "Rà soát, sắp xếp lại ... . Giao Phòng TCCB chủ trì, hoàn
// thành trong tháng 3/2026." The task is the text before; the note gives its units and deadline.
import { findInlineDeadline } from "./inlineDeadline";
import type { Label } from "./labels";
import { matchProse } from "./proseForm";
import { opensLikeUnit } from "./unitPhrase";

export interface RoleNote {
  title: string;
  labels: Label[];
}

const BRACKET_TAIL = /^(.*\S)\s*\(([^()]+)\)\s*[.;:]?$/u;
const LEAD_IN_BRACKET =
  /^(.+?)\s+(?:là\s+(?:đơn vị|cơ quan)\s+)?chủ\s+trì(?:\s*[,;]\s*(?:(.+?)\s+phối\s+hợp(?:\s+thực\s+hiện)?|phối\s+hợp(?:\s+với)?\s+([^;]+?)))?(?:\s*[,;]\s*(.*))?$/iu;

function label(field: Label["field"], value: string): Label {
  return { field, value: value.trim(), outsidePartner: null };
}

/** The deadline a note's tail names ("hoàn thành trước ngày 31/3/2026", "thời gian: Quý II/2026"), if any. */
function tailDeadline(tail: string | undefined): string | null {
  if (!tail || tail.trim() === "") return null;
  const found = findInlineDeadline(tail.trim());
  return found ? found.deadline : null;
}

/** "Task (X chủ trì[, Y phối hợp][; hoàn thành ...])": null when the bracket names no lead. */
export function bracketRoles(body: string): RoleNote | null {
  const m = BRACKET_TAIL.exec(body);
  if (!m) return null;
  const roles = LEAD_IN_BRACKET.exec(m[2].trim());
  if (!roles || !opensLikeUnit(roles[1]) || /\d/.test(roles[1])) return null;
  const labels = [label("lead", roles[1])];
  const partners = roles[2] ?? roles[3];
  if (partners) labels.push(label("partners", partners));
  const deadline = tailDeadline(roles[4]);
  if (deadline) labels.push(label("deadline", deadline));
  return { title: m[1], labels };
}

const CLOSING_ASSIGNMENT = /^(.*?\S[.;])\s+((?:Giao(?:\s+cho)?|Đề\s+nghị|Yêu\s+cầu|Phân\s+công)\s+\p{Lu}.*)$/u;

/**
 * "<task>. Giao Phòng X chủ trì[, phối hợp Y][, hoàn thành trong tháng 2/2026]." inside a paragraph:
 * the sentence before is the task. Only when the assignment adds nothing but units and a deadline.
 */
export function closingAssignment(body: string): RoleNote | null {
  const m = CLOSING_ASSIGNMENT.exec(body);
  if (!m) return null;
  const a = matchProse(m[2]);
  if (!a || a.opensList || a.lead === "") return null;
  let deadline: string | null = null;
  if (a.task !== "") {
    const found = findInlineDeadline(a.task);
    if (!found || found.rest.replace(/[\s,.;:]+/g, "") !== "") return null;
    deadline = found.deadline;
  }
  const labels = [label("lead", a.lead)];
  if (a.partners) labels.push(label("partners", a.partners));
  if (deadline) labels.push(label("deadline", deadline));
  return { title: m[1].replace(/[.;]$/, ""), labels };
}
