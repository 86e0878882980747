// A line that introduces a list and names who carries it out: "Sở X yêu cầu thủ trưởng các đơn vị,
// trường học chỉ đạo, triển khai những nội dung sau:", "..., Bộ X đề nghị các Sở Y tập trung triển khai
// một số nội dung sau:", "Giám đốc Sở Y tế các tỉnh ... nghiêm túc thực hiện một số nội dung sau:". The
// units it names lead the numbered or lettered items below it, which name no unit of their own.
import type { ProseAssignment } from "./proseForm";
import { splitUnitsFromTask } from "./taskVerbs";
import { addressedBodies, isUnitList, withoutManner } from "./unitList";
import { isUnitPhrase, opensLikeUnit } from "./unitPhrase";

// "... (những / một số / các) nội dung sau:", "... các nhiệm vụ trọng tâm sau đây:".
const INTRO_END =
  /(?:^|\s)(?:(?:những|một\s+số|các)\s+)?(?:nội\s+dung|nhiệm\s+vụ|công\s+việc|việc|biện\s+pháp|giải\s+pháp)(?:\s+(?:chủ\s+yếu|trọng\s+tâm|cụ\s+thể))?\s+(?:sau(?:\s+đây)?|như\s+sau)\s*[:：]$/iu;
// Who is asked: the units right after "yêu cầu", "đề nghị", "giao".
const ASKS = /(?:^|\s)(?:yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?)\s+/giu;
// A fronted clause ("Để ..., các đơn vị ...") ends at a comma.
const COMMA = /,\s+/g;
/** Places tried for the addressees: a few keep a hostile paragraph linear. */
const MAX_TRIES = 4;
/** Between the units and "nội dung sau:" only the verbs of carrying out ("chỉ đạo, triển khai"). */
const MAX_VERB_WORDS = 8;

function upperFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** "thủ trưởng các đơn vị, trường học chỉ đạo, triển khai những nội dung sau:" → the units. */
function addressees(text: string): string | null {
  if (!opensLikeUnit(upperFirst(text))) return null;
  const { units, task } = splitUnitsFromTask(text);
  if (task === "") return null;
  const verbs = task.replace(INTRO_END, "").trim();
  if (verbs.split(/\s+/).length > MAX_VERB_WORDS) return null;
  const phrase = upperFirst(units);
  if (!isUnitPhrase(phrase, 20) && !isUnitList(phrase)) return null;
  return addressedBodies(withoutManner(units)).trim();
}

/**
 * The units an introducing line names, as the lead of a list whose items follow (opensList), or null
 * when the line introduces nothing or names no unit. Units are kept as written, an official's title
 * before a body dropped ("thủ trưởng các đơn vị" addresses "các đơn vị").
 */
export function introducesItems(body: string): ProseAssignment | null {
  const text = body.trim();
  if (!/[:：]$/.test(text) || !INTRO_END.test(text)) return null;
  let lead: string | null = null;
  let tries = 0;
  for (const m of text.matchAll(ASKS)) {
    if (lead !== null || ++tries > MAX_TRIES) break;
    lead = addressees(text.slice((m.index as number) + m[0].length));
  }
  lead ??= addressees(text);
  tries = 0;
  for (const m of text.matchAll(COMMA)) {
    if (lead !== null || ++tries > MAX_TRIES) break;
    lead = addressees(text.slice((m.index as number) + m[0].length));
  }
  return lead ? { lead, partners: "", task: "", opensList: true, introduces: true } : null;
}
