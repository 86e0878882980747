// Several leads split by content item: a task line lists numbered contents "(1) ...; (2) ...", and
// the lead label lists one lead per content ("Văn phòng Sở phối hợp TCCB thực hiện nội dung (1)").
// A planner tracks each content item as its own task, so each becomes one.

export interface LeadItem {
  lead: string;
  partners: string[];
  /** Content items this lead takes: ["1", "3"]. */
  refs: string[];
}

const REF = /\((\d{1,2}|[a-zđ])\)/gu;
const REF_TAIL =
  /\s*(?:(?:thực hiện|tham mưu|chủ trì|phụ trách|xây dựng|triển khai)\s+)?(?:(?:các|phần)\s+)?nội dung(?:\s+(?:số|tại))?\s*(?:\(\s*[\da-zđ]{1,2}\s*\)[\s,;và]*)+.*$/iu;
const PARTNER_SPLIT = /\s+phối\s+hợp(?:\s+với)?\s+/iu;
const VERB_TAIL = /\s+(?:thực hiện|tham mưu|chủ trì|phụ trách)(?=\s|$).*$/iu;

export function readLeadItem(text: string): LeadItem {
  const refs = [...text.matchAll(REF)].map((m) => m[1]);
  const head = text.replace(REF_TAIL, "").replace(VERB_TAIL, "").replace(/[\s.;,:]+$/, "");
  const [lead, ...rest] = head.split(PARTNER_SPLIT);
  return { lead: lead.trim(), partners: rest.map((p) => p.trim()).filter(Boolean), refs };
}

export interface ContentItems {
  /** The words before the first item: "Báo cáo đánh giá". */
  prefix: string;
  items: Map<string, string>;
}

/** "Báo cáo đánh giá: (1) A; (2) B" → prefix and items; null when the title has fewer than two. */
export function contentItems(title: string): ContentItems | null {
  const marks = [...title.matchAll(REF)];
  if (marks.length < 2) return null;
  const items = new Map<string, string>();
  for (let i = 0; i < marks.length; i++) {
    const start = marks[i].index + marks[i][0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : title.length;
    items.set(marks[i][1], title.slice(start, end).trim().replace(/[\s;,:.]+$/, ""));
  }
  const prefix = title.slice(0, marks[0].index).trim().replace(/[\s:;,.-]+$/, "");
  return { prefix, items };
}
