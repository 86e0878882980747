// Unit names as written to catalog names: canonical when the catalog knows the unit, otherwise kept
// exactly as written (with a warning). Results are cached per import, as the same few names repeat.
import { matchUnit, splitUnitList } from "../units/match";
import type { Catalog, Unit, UnitKind } from "../types";
import { foldVietnamese } from "../text";
import { otherKind } from "./officeKind";
import { opensLikeUnit } from "./unitOpening";

export interface UnitName {
  name: string;
  known: boolean;
  /** The catalog's kind, for a known unit. */
  kind?: UnitKind;
}

// Qualifiers that add nothing to the unit: "Phòng KH-TC Sở Y tế", "Văn phòng (Sở)". Case matters:
// a place name after it is capitalised, while "Văn phòng Sở và các phòng" goes on with other units.
// Only "Sở Y tế" takes a place after it: "Phòng Tổ chức cán bộ và Sở Tài chính" ends with another unit.
const OWNER_SUFFIX = /\s+(?:của\s+)?(?:(?:[Ss]ở [Yy] [Tt]ế|SỞ Y TẾ)(?:\s+(?:tỉnh\s+)?\p{Lu}[\p{L}\s]*)?|[Ss]ở|SỞ|SYT|syt)$/u;

const BRACKETED = /^(.+?)\s*\(([^()]+)\)$/;
const OFFICE_START = /^(?:phòng|văn phòng|thanh tra|chi cục|trung tâm)\s/iu;

export class UnitResolver {
  private cache = new Map<string, Unit | null>();

  constructor(private readonly catalog: Catalog) {}

  private lookup(text: string): Unit | null {
    const key = foldVietnamese(text);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let unit = this.near(text);
    if (!unit && !/[;\n]/.test(text)) {
      const bare = OFFICE_START.test(text) ? text.replace(OWNER_SUFFIX, "").trim() : text;
      if (bare !== text && bare !== "") unit = this.near(bare);
    }
    this.cache.set(key, unit);
    return unit;
  }

  /**
   * The catalog's unit only where the text names it exactly or by a known alias or abbreviation. A
   * near miss (a typo, a dropped "tỉnh") is kept as written: `check` offers the correction, the
   * import never makes it.
   */
  private near(text: string): Unit | null {
    const match = matchUnit(this.catalog, text);
    if (!match.unit || match.confidence < 1) return null;
    return otherKind(text, match.unit) ? null : match.unit;
  }

  /** One unit name. "Sở Y tế (Phòng Tổ chức cán bộ)": the office in brackets is the one meant. */
  one(text: string): UnitName {
    const clean = cleanUnitText(text);
    const bracket = BRACKETED.exec(clean);
    // The office in brackets first: the department before it is a known unit too.
    const unit = bracket ? this.inBracket(bracket[2]) ?? this.lookup(clean) ?? this.lookup(bracket[1]) : this.lookup(clean);
    if (unit) return { name: unit.name, known: true, kind: unit.kind };
    // "Sở Y tế (Ban Quản lý dự án ... là chủ đầu tư)": a remark in brackets is no part of the name.
    if (bracket && isRemark(bracket[2])) return { name: bracket[1], known: false };
    return { name: clean, known: false };
  }

  /** "(Phòng Nghiệp vụ Y)", "(qua Phòng KH-TC)", "(giao Trung tâm Giám định y khoa tham mưu)": the office meant. */
  private inBracket(text: string): Unit | null {
    const bare = text.replace(BRACKET_VERB, "").replace(BRACKET_ROLE, "").trim();
    return this.lookup(text) ?? (bare !== text && bare !== "" ? this.lookup(bare) : null);
  }

  private lists = new Map<string, UnitName[]>();

  /** A phrase naming one or several units: "Các phòng, đơn vị trực thuộc sở", "Sở Tài chính, Sở Xây dựng". */
  list(text: string): UnitName[] {
    const cached = this.lists.get(text);
    if (cached) return cached;
    const names = this.readList(text);
    this.lists.set(text, names);
    return names;
  }

  private readList(text: string): UnitName[] {
    const clean = cleanUnitText(text);
    if (clean === "" || NONE.test(foldVietnamese(clean))) return [];
    const several = severalByComma(clean);
    if (several) return several.flatMap((part) => this.readList(part));
    // "Sở Y tế (Trung tâm KSBT)": the office in brackets, not the department the whole would name.
    if (BRACKETED.test(clean)) {
      const bracketed = this.one(clean);
      if (bracketed.known) return [bracketed];
    }
    const whole = /[;\n]/.test(clean) ? null : this.lookup(clean);
    if (whole) return [{ name: whole.name, known: true, kind: whole.kind }];
    const pieces = this.groups(splitUnitList(clean, this.catalog).map(cleanUnitText).filter(Boolean));
    if (pieces.length <= 1) return [this.one(clean)];
    return pieces.flatMap((p) => (severalByComma(p) ? this.readList(p) : [this.one(p)]));
  }

  /** "các sở" + "ngành liên quan": a group named over a comma is one name, not two unknown ones. */
  private groups(pieces: string[]): string[] {
    const out: string[] = [];
    for (const piece of pieces) {
      const prev = out[out.length - 1];
      // "Các bộ, ủy ban nhân dân các tỉnh ...": a part opening with a body's own word is another body.
      const ownBody = opensLikeUnit(piece.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
      if (prev !== undefined && /^các\s/iu.test(prev) && /^\p{Ll}/u.test(piece) && !ownBody && !this.lookup(prev) && !this.lookup(piece)) {
        out[out.length - 1] = `${prev}, ${piece}`;
      } else out.push(piece);
    }
    return out;
  }
}

// "Cơ quan phối hợp: Không": the cell says there is none.
const NONE = /^(?:khong|khong co|chua co|[-–—x/]+)$/;

// Each comma-separated part opens a unit of its own: "Sở Y tế, Sở Thông tin và Truyền thông" is two
// units even where the catalog would read the whole as one (its "Sở Y tế" prefix taken as the owner).
const UNIT_OPENING = /^(?:Sở|Phòng|Văn phòng|Thanh tra|Chi cục|Trung tâm|Bệnh viện|UBND|Ủy ban|Uỷ ban|Bảo hiểm|BHXH|Công an|Ban|Báo|Đài|TTYT|BV|Cục|Bộ|Viện|Hội|Kho bạc|Ngân hàng)\s/u;

function severalByComma(text: string): string[] | null {
  if (/[;\n]/.test(text)) return null;
  const parts = text.split(/\s*,\s*/);
  return parts.length > 1 && parts.every((p) => UNIT_OPENING.test(p)) ? parts : null;
}

// A role note after the name: "Phòng Nghiệp vụ Y (chủ trì)", "Văn phòng Sở (đầu mối)".
const ROLE_NOTE = /\s*\((?:chủ trì|đầu mối|thường trực|phối hợp|cơ quan thường trực)\)\s*$|\s+(?:chủ trì|phối hợp)(?:\s+thực hiện)?$/iu;

export function cleanUnitText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\s.;,:]+$/, "")
    .replace(ROLE_NOTE, "")
    .replace(/^[-+*•\s]+/, "")
    .replace(/[\s.;,:]+$/, "")
    .trim();
}

const BRACKET_VERB = /^(?:giao cho|giao|qua|thông qua|do)\s+/iu;
const BRACKET_ROLE = /\s+(?:tham mưu|chủ trì|thực hiện|làm đầu mối|là đầu mối)(?:\s+thực hiện)?$/iu;

// Words of a clause: brackets holding one say something about the unit, they do not name another.
const CLAUSE = /(?:^|\s)(?:là|làm|đối với|về việc|trong đó|nếu|khi|chủ đầu tư)(?:\s|$)/iu;

/** The bracket is a remark, not a unit: it reads as a clause ("... là chủ đầu tư", "nếu có"). */
function isRemark(text: string): boolean {
  return CLAUSE.test(text);
}
