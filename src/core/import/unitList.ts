// Who a list of units addresses, read from the words: the body behind an official's title, the list
// without the manner phrase that closes it, and whether a long phrase is a list of units at all.
import { splitUnitsFromTask } from "./taskVerbs";
import { opensLikeUnit } from "./unitOpening";

// "Giám đốc Sở X", "Chủ tịch UBND các huyện", "Thủ trưởng các đơn vị": the task goes to the body the
// official heads, so the title is no part of the unit's name.
const OFFICIAL = /(^|[,;]\s*|\s+và\s+)(?:[Pp]hó\s+)?(?:[Gg]iám\s+đốc|[Cc]hủ\s+tịch|[Tt]hủ\s+trưởng|[Nn]gười\s+đứng\s+đầu)\s+/gu;
/** Enough of what follows a title to see whether a body's name opens there. */
const LOOK_AHEAD = 60;

/** Each official's title before a body dropped: "Giám đốc Sở GD&ĐT và Chủ tịch UBND X" is "Sở GD&ĐT và UBND X". */
export function addressedBodies(units: string): string {
  return units.replace(OFFICIAL, (whole: string, before: string, at: number, text: string) => {
    const rest = text.slice(at + whole.length, at + whole.length + LOOK_AHEAD);
    return opensLikeUnit(upperFirst(rest)) ? before : whole;
  });
}

// "... theo chức năng, nhiệm vụ được giao", "..., căn cứ chức năng, nhiệm vụ": how each unit acts, said
// after the list and before the verb; it names no unit and is no part of the task.
const MANNER = /\s*,?\s*(?:theo|căn\s+cứ|trong\s+phạm\s+vi)\s+(?:chức\s+năng|thẩm\s+quyền)[^.;:]*$/iu;

/** The list without a manner phrase at its end. */
export function withoutManner(units: string): string {
  return units.replace(MANNER, "");
}

// Items of a list: "A, B và C", "A; B".
const ITEM_SEPARATOR = /\s*[,;]\s*|\s+và\s+/u;
/** "thị xã", "thành phố Huế", "ban", "đặc khu Côn Đảo": a place or a kind going on the name before it. */
const CONTINUATION_WORDS = 5;
/** A name longer than this is a clause, not a unit ("Bệnh viện Đa khoa huyện ..." runs to some 10). */
const ITEM_WORDS = 14;

/**
 * "Sở Y tế, Ủy ban nhân dân các huyện, thị xã, thành phố Huế và các Sở, ban, ngành": a phrase that
 * is a list of units whatever its length, because every item is one. An item opens like a unit, or
 * is a short word or place going on the item before it ("thị xã", "ngành"); none holds a task verb
 * or sentence punctuation.
 */
export function isUnitList(text: string): boolean {
  const t = text.trim();
  if (t === "" || /[.:!?()]/.test(t)) return false;
  const items = t.split(ITEM_SEPARATOR);
  if (!opensLikeUnit(upperFirst(items[0]))) return false;
  return items.every((item) => {
    const n = item.split(/\s+/).length;
    if (n > ITEM_WORDS || splitUnitsFromTask(`X ${item}`).task !== "") return false;
    return opensLikeUnit(upperFirst(item)) || (n <= CONTINUATION_WORDS && !/\d/.test(item));
  });
}

function upperFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
