import type { Catalog, Leader, UnitMatch } from "../types";
import { cleanSpaces, foldVietnamese, oneLine } from "../text";
import { catalogIndex, FUZZY_MIN_LENGTH, stripLeaderPrefix, type CatalogIndex } from "./catalogIndex";
import { editDistance } from "./editDistance";
import { levelAgrees } from "./level";
import { DEFAULT_CATALOG } from "./preset";
import { compact, provinceFreeKey, stripListMarks, tokenize, unitKey } from "./unitKey";

/** Below this a near miss is not offered: the text is more likely another unit nobody listed. */
export const MIN_CONFIDENCE = 0.75;

/** Confidence of a name that matches once "tỉnh" is dropped from its end: sure, but not the catalog's wording. */
const PROVINCE_DROPPED = 0.9;

const NO_UNIT: UnitMatch = { unit: null, confidence: 0, exact: false };

/** Distinct texts remembered per catalog; a long-lived catalog must not grow without bound. */
const MEMO_LIMIT = 50_000;

function remember<T>(memo: Map<string, T>, text: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, value);
  return value;
}

/** Closest candidate by edit distance; null on a tie between two different entries. */
function nearest<T>(key: string, candidates: { key: string; value: T }[]): { value: T; confidence: number } | null {
  if (key.length < FUZZY_MIN_LENGTH) return null;
  // One slip per five letters at most, so "Kế hoạch tài chín" finds its unit but "Sở Tài chính" never becomes "Sở Tư pháp".
  const limit = Math.max(1, Math.floor(key.length / 5));
  let best: T | null = null;
  let bestDistance = limit + 1;
  let bestLength = 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(key, c.key, Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = c.value;
      bestDistance = d;
      bestLength = Math.max(key.length, c.key.length);
      tie = false;
    } else if (d === bestDistance && d <= limit && c.value !== best) {
      tie = true;
    }
  }
  if (best === null || tie || bestDistance > limit) return null;
  const confidence = 1 - bestDistance / bestLength;
  return confidence >= MIN_CONFIDENCE ? { value: best, confidence } : null;
}

/** Finds the catalog unit a text names (aliases, abbreviations, typos), with a confidence. */
export function matchUnit(catalog: Catalog, text: string): UnitMatch {
  const index = catalogIndex(catalog);
  const memo = index.unitMemo.get(text);
  if (memo) return memo;
  const written = oneLine(text);
  const found = written === "" ? NO_UNIT : lookUpUnit(catalog, index, written);
  // "Bộ Tài chính" is not "Sở Tài chính", "UBND các cấp" not "UBND các xã": a name at another
  // level is another body, neither read as the unit nor offered as a correction.
  const result = found.unit && !found.exact && !levelAgrees(written, found.unit) ? NO_UNIT : found;
  return remember(index.unitMemo, text, result);
}

function lookUpUnit(catalog: Catalog, index: CatalogIndex, written: string): UnitMatch {
  const named = index.unitsByName.get(written);
  if (named) return { unit: named, confidence: 1, exact: true };
  const key = unitKey(written);
  if (key === "") return NO_UNIT;
  // "Phòng Y tế huyện X", "Phòng Kiểm nghiệm": a "Phòng" is not the centre, branch or hospital
  // whose name minus "Trung tâm" / "Chi cục" / "Bệnh viện" it shares; nor a near miss of one.
  // Read before list marks are dropped: "P. Y tế" would lose its "P." as if it were a bullet "a.".
  const saysPhong = /^(?:phong|p)[\s.]/.test(foldVietnamese(written.trim()));
  const allowed = (k: string) => !(saysPhong && index.typeDropped.has(k));
  const table = { get: (k: string) => (allowed(k) ? index.units.get(k) : null) };
  const fuzzy = saysPhong ? index.unitFuzzy.filter((c) => !index.typeNamed.has(c.value)) : index.unitFuzzy;
  // "Văn phòng Sở và UBND tỉnh", "Sở Y tế, Sở Tài chính": units the catalog knows one by one, not
  // one unit (the second, once "Sở Y tế" is read as its owner) nor a loose match of a third.
  if (/[,;]|\s(?:và|cùng)\s/iu.test(written) && isListOfKnownUnits(catalog, written)) return NO_UNIT;
  const hit = table.get(key);
  if (hit) return { unit: hit, confidence: 1, exact: false };
  // "Chi cục ATVSTP tỉnh": the unit once a trailing "tỉnh" is dropped, offered as a correction.
  const provinceFree = provinceFreeKey(written);
  const bare = provinceFree === "" ? null : table.get(provinceFree);
  if (bare) return { unit: bare, confidence: PROVINCE_DROPPED, exact: false };
  const near = nearest(key, fuzzy);
  return near ? { unit: near.value, confidence: near.confidence, exact: false } : NO_UNIT;
}

/** Finds the Board member a text names: name, given name, title held by one member, or an alias. */
export function matchLeader(catalog: Catalog, text: string): { leader: Leader | null; confidence: number } {
  const index = catalogIndex(catalog);
  const memo = index.leaderMemo.get(text);
  if (memo) return memo;
  const tokens = tokenize(text);
  const bare = compact(stripLeaderPrefix(tokens));
  const hit = index.leaders.get(compact(tokens)) ?? index.leaders.get(bare);
  const near = hit ? null : nearest(bare, index.leaderFuzzy);
  const result = hit
    ? { leader: hit, confidence: 1 }
    : near
      ? { leader: near.value, confidence: near.confidence }
      : { leader: null, confidence: 0 };
  return remember(index.leaderMemo, text, result);
}

/** Words that open a unit's name; after "và" or a comma they start a new unit, not continue one. */
const UNIT_STARTERS = [
  "phong", "so", "chi cuc", "cuc", "trung tam", "benh vien", "van phong", "thanh tra", "ubnd", "uy ban",
  "cac", "ban", "bao hiem", "cong an", "hoi", "vien", "bo", "tinh uy", "doan", "mat tran", "lien doan",
  "ttyt", "bv", "nganh", "dia phuong",
].map((s) => s.split(" "));

function opensUnit(piece: string): boolean {
  const words = tokenize(piece).map((t) => t.text);
  return UNIT_STARTERS.some((s) => s.every((w, i) => words[i] === w));
}

/** A heading before the list proper: "Các phòng: Nghiệp vụ Y, TCCB". */
const LIST_HEADING = /^(?:các\s+)?(?:phòng|đơn vị|cơ quan|sở|ngành)[^:]{0,30}:\s*/i;
/**
 * A "các ...:" heading after units written in full: "Sở Y tế, các sở: Tài chính, Nội vụ". Only a
 * heading opening the text or following a comma or "và" counts, so a unit before it is kept.
 */
const LATER_HEADING =
  /(^|,\s*|\s+(?:và|cùng)\s+)(các\s+(?:phòng|đơn vị|cơ quan|sở|ngành|trung tâm|bệnh viện|chi cục)[^:;]{0,30}?)\s*:\s*/i;
/** A heading that names one type of unit gives it to the units after it: "các sở: Tài chính" is "Sở Tài chính". */
const TYPE_OF_HEADING: Record<string, string> = {
  "cac so": "Sở",
  "cac phong": "Phòng",
  "cac trung tam": "Trung tâm",
  "cac benh vien": "Bệnh viện",
  "cac chi cuc": "Chi cục",
};

/** A line of a list as the units written in full before a heading, and those after it with their type. */
function splitHeading(chunk: string): { text: string; type: string | null }[] {
  const later = LATER_HEADING.exec(chunk);
  if (later) {
    const before = chunk.slice(0, later.index);
    const after = chunk.slice(later.index + later[0].length);
    const type = TYPE_OF_HEADING[tokenize(later[2]).map((t) => t.text).join(" ")] ?? null;
    return [
      { text: before, type: null },
      { text: after, type },
    ];
  }
  return [{ text: chunk.replace(LIST_HEADING, ""), type: null }];
}
const SOFT_SEPARATOR = /(\s*,\s*|\s+(?:và|cùng)\s+)/i;

function isKnownUnit(catalog: Catalog, text: string): boolean {
  const index = catalogIndex(catalog);
  return index.unitsByName.has(text) || index.units.get(unitKey(text)) !== null;
}

function isListOfKnownUnits(catalog: Catalog, text: string): boolean {
  const pieces = splitUnitList(text, catalog);
  return pieces.length > 1 && pieces.every((p) => isKnownUnit(catalog, p));
}

/**
 * Splits a cell or phrase listing several units ("A; B", "A, B và C", one per line, bullets) into
 * unit names. Commas and "và" inside a catalog name ("Sở Lao động, Thương binh và Xã hội",
 * "Các phòng, đơn vị trực thuộc Sở") do not split it; unknown names split at a comma unless the
 * next part goes on in lower case, and at "và" only when the next part opens a unit's name.
 */
export function splitUnitList(text: string, catalog: Catalog = DEFAULT_CATALOG): string[] {
  const out: string[] = [];
  const lines = cleanSpaces(text)
    .split(/\s*;+\s*/)
    .flatMap((part) => joinWrappedLines(part.split(/\s*\n+\s*/), catalog));
  for (const line of lines) {
    for (const { text: chunk, type } of splitHeading(stripListMarks(line))) {
      if (stripListMarks(chunk) !== "") out.push(...splitChunk(chunk, type, catalog));
    }
  }
  return out;
}

/** The units of one line; with a type from its heading, each name that does not open a unit's own gets it. */
function splitChunk(chunk: string, type: string | null, catalog: Catalog): string[] {
  const out: string[] = [];
  const typed = (name: string) => (type !== null && name !== "" && !opensUnit(name) ? `${type} ${name}` : name);
  const parts = chunk.split(SOFT_SEPARATOR);
  const pieces = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const join = (from: number, to: number) =>
    pieces.slice(from, to + 1).reduce((acc, p, k) => (k === 0 ? p : acc + seps[from + k - 1] + p), "");
  const known = (text: string) => isKnownUnit(catalog, typed(stripListMarks(text)));
  let i = 0;
  while (i < pieces.length) {
    let end = i;
    for (let j = pieces.length - 1; j > i; j--) {
      if (known(join(i, j))) {
        end = j;
        break;
      }
    }
    // "Trung tâm Y tế các huyện, thị xã": a part in lower case that opens no unit goes on the name
    // before it, known or not; "thị xã" is no unit of its own.
    if (end === i) {
      const first = known(pieces[i]);
      while (end + 1 < pieces.length && (namesNoBody(known, pieces[end], pieces[end + 1]) || continues(known, seps[end], pieces[end + 1], first, pieces[end]))) end++;
    } else {
      // "UBND các huyện, thành phố, thị xã": a known name going on in lower case is another name,
      // kept whole as written, not the known one plus a stray "thị xã".
      while (end + 1 < pieces.length && seps[end].trim() === "," && goesOnInLowerCase(known, pieces[end + 1])) end++;
    }
    const name = typed(stripListMarks(join(i, end)));
    if (name !== "") out.push(name);
    i = end + 1;
  }
  return out;
}

/**
 * "Trung tâm Kiểm soát⏎bệnh tật": a catalog name wrapped over two lines of a cell (text copied from
 * a PDF) is one unit again. Only lines that make a known name together, and are not both names on
 * their own, are joined.
 */
function joinWrappedLines(lines: string[], catalog: Catalog): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && previous !== "" && line !== "") {
      const joined = `${previous} ${line}`;
      const bothKnown = isKnownUnit(catalog, stripListMarks(previous)) && isKnownUnit(catalog, stripListMarks(line));
      if (!bothKnown && isKnownUnit(catalog, stripListMarks(joined))) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** Words that say what kind of body, not which: "sở", "ban, ngành", "cơ quan", "địa phương liên quan". */
const TYPE_ONLY = /^(?:cac\s+)?(?:(?:so|ban|nganh|bo|co quan|don vi|dia phuong|phong|to chuc|doan the|doanh nghiep|truong|cap|lien quan|co lien quan)(?:\s+|$))+$/;

function typeOnly(piece: string): boolean {
  return TYPE_ONLY.test(tokenize(piece).map((t) => t.text).join(" "));
}

/**
 * "Sở, ban, ngành, tổ chức chính trị - xã hội", "Cơ quan, địa phương liên quan", "Các bộ, ngành":
 * a part naming only a kind of body is one group name with the parts after it, up to a unit.
 */
function namesNoBody(known: (text: string) => boolean, piece: string, next: string): boolean {
  return typeOnly(piece) && !known(next) && (typeOnly(next) || !opensUnit(next));
}

function goesOnInLowerCase(known: (text: string) => boolean, next: string): boolean {
  return /^\p{Ll}/u.test(next) && !known(next) && !opensUnit(next) && !typeOnly(next);
}

/** "Yên Thế", "Việt yên": a short proper name that opens no unit. */
const PLACE_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,2}$/u;

function continues(known: (text: string) => boolean, separator: string, next: string, afterKnown: boolean, previous: string): boolean {
  if (known(next) || opensUnit(next)) return false;
  // "Bệnh viện Đa khoa huyện Hiệp Hoà, Yên Thế, Tân Yên": after an unknown name ending in a proper
  // name, more proper names are more places of the same name, not units of their own.
  if (separator.trim() === "," && !afterKnown && /\s\p{Lu}\p{Ll}*$/u.test(previous) && PLACE_NAME.test(next) && !typeOnly(next)) return true;
  if (separator.trim() === ",") return /^\p{Ll}/u.test(next);
  return !afterKnown;
}
