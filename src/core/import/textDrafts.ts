// Reads the list, block, labelled and prose forms in one pass over logical lines, since real
// documents mix them. One grammar: headings open sections (sections.ts); a label line fills a field
// of the current task (labels.ts); a task line (bullet or paragraph) waits as a candidate title until
// a label claims it (listForm.ts); a label with nothing after its colon takes the lines below
// (blockForm.ts); fields with no column stay out of the headings (labelledForm.ts); a prose
// assignment is a task or opens a list of bullet tasks (proseForm.ts).
import { isClosingFormula, isPreamble, opensRecipients, startsAppendix, startsClosing } from "./boilerplate";
import type { Draft } from "./draft";
import { newDraft, tidy } from "./draft";
import { findInlineDeadline } from "./inlineDeadline";
import type { Label, LabelField } from "./labels";
import { matchLabel, splitLabels, unitGroupLabel } from "./labels";
import { continuationValue, continuesField, isItemNumbering, takesUnitLine } from "./blockForm";
import { addToField } from "./draftFields";
import { describesTitle, isFieldWithoutColumn } from "./labelledForm";
import { inlineLabels } from "./listForm";
import type { LineShape } from "./lineShape";
import { isCapitals, lineShape, runOnBullets } from "./lineShape";
import type { ProseAssignment } from "./proseForm";
import { assignedInside, issuedInside, matchProse, opensWithTaskVerb, PARTNERS, splitUnitsFromTask } from "./proseForm";
import type { HeadingNode } from "./sections";
import { levelKey, SectionTracker } from "./sections";
import { bracketRoles, closingAssignment } from "./roleNotes";
import type { RoleNote } from "./roleNotes";
import { assignsTasks, dutySentence, frontedSubject, opensLikeUnit, subjectFirst, unitHeading } from "./unitPhrase";
import { introducesItems } from "./introLine";
import { monthHeading } from "./monthHeading";

export interface TextDrafts {
  drafts: Draft[];
  unplaced: string[];
}

interface ProseContext {
  lead: string;
  partners: string;
  /** Its tasks are plain paragraphs, not bullets: decided by the first line below it. */
  paragraphs?: boolean;
  /** "Tháng 2:" over its tasks: their deadline unless one names its own. */
  deadline?: string;
}

/** An unnumbered line that opened a list ("... yêu cầu các đơn vị thực hiện các nội dung sau:"). */
interface Intro {
  ctx: ProseContext;
  /** The level of its items ("arabic1", "lower"), set by the first numbered line below it. */
  level: string | null;
}

class TextReader {
  /** The text assigns a task somewhere in its paragraphs ("UBND tỉnh giao X ...", "Giao X chủ trì ..."). */
  constructor(private readonly assigningText: boolean) {}

  private tracker = new SectionTracker();
  readonly drafts: Draft[] = [];
  readonly unplaced: string[] = [];
  private cur: Draft | null = null;
  /** Candidate task lines; preamble ones are dropped, not reported, if no label claims them. */
  private pending: Pending[] = [];
  private field: LabelField | null = null;
  private fieldLines = 0;
  private prose: ProseContext | null = null;
  private inPreamble = true;
  private inRecipients = false;
  private headingFresh = false;

  private inClosing = false;
  private numberedTitle: { draft: Draft; line: string } | null = null;
  private fieldBullet: string | null = null;
  /** Task lines that share the labels of the current draft (several items over one pair of labels). */
  private shared: Draft[] = [];
  /** An unnumbered "Tổ chức thực hiện" line opened the part that assigns the tasks. */
  private assigningPlain = false;
  /** "... Quý II/2026. 2." at a line's end: the next item's number, for the line below. */
  private gluedNumber: string | null = null;
  /** The open introduced list: its numbered items are tasks of the units it names. */
  private intro: Intro | null = null;
  /** An item of that list ending in ":" ("..., cụ thể như sau:"): the deeper items below join its title. */
  private itemsOf: Draft | null = null;
  /** Numbered lines read as headings, and where in `unplaced` each goes if it heads nothing. */
  private headings: { node: HeadingNode; line: string; at: number }[] = [];

  read(raw: string): void {
    // "a) X thực hiện: - A. - B.": bullets that lost their line breaks, read one by one.
    const pieces = runOnBullets(raw);
    if (pieces) {
      for (const piece of pieces) this.read(piece);
      return;
    }
    let line = raw;
    if (this.gluedNumber !== null) {
      line = `${this.gluedNumber} ${line.trimStart()}`;
      this.gluedNumber = null;
    }
    // "- Thời gian thực hiện: Quý II/2026. 2. Triển khai ...": the next item's number glued on by a
    // lost line break (PDF, Word fields). Only the number that follows the open heading's counts.
    const next = this.nextItemNumber();
    if (next !== null) {
      const glued = new RegExp(`^(.*\\S[.;])\\s+(${next}\\.)(?:\\s+(\\p{Lu}.*))?$`, "u").exec(line);
      if (glued && glued[1].length > 3) {
        this.readLine(glued[1]);
        if (glued[3] !== undefined) this.readLine(`${glued[2]} ${glued[3]}`);
        else this.gluedNumber = glued[2];
        return;
      }
    }
    this.readLine(line);
  }

  /** The Arabic number after the innermost open one-level Arabic heading ("2" under "1."). */
  private nextItemNumber(): number | null {
    for (let n = this.tracker.current; n; n = n.parent) {
      if (n.kind === "arabic1" && /^\d+$/.test(n.number)) return Number(n.number) + 1;
    }
    return null;
  }

  /** Inside a part that assigns tasks ("Tổ chức thực hiện", "Phân công nhiệm vụ"). */
  private assigning(): boolean {
    if (this.assigningPlain) return true;
    for (let n = this.tracker.current; n; n = n.parent) if (assignsTasks(n.text)) return true;
    return false;
  }

  private readLine(line: string): void {
    if (this.inClosing && !startsAppendix(line)) return;
    if (this.inClosing || startsClosing(line)) {
      // From Nơi nhận / the signature to an appendix (or the end) nothing is a task.
      this.closeDraft();
      this.flushPending();
      this.prose = null;
      this.intro = null;
      this.itemsOf = null;
      this.inClosing = !this.inClosing;
      this.inPreamble = true;
      if (this.inClosing) return;
    }
    if (isClosingFormula(line)) return;
    const shape = lineShape(line);
    if (this.inRecipients) {
      if (shape.bullet) return;
      this.inRecipients = false;
    }
    if (this.itemsOf !== null) {
      if (this.joinsItem(shape)) {
        this.itemsOf.title.push(shape.body);
        this.itemsOf.source.push(line);
        return;
      }
      this.itemsOf = null;
    }
    // "B. NỘI DUNG", "NHIỆM VỤ TRỌNG TÂM" are headings, not labels waiting for their value.
    const partHeading =
      shape.numbering?.kind === "roman" || shape.numbering?.kind === "upper" || (!shape.numbering && isCapitals(shape.body, 4));
    const found = matchLabel(shape.body);
    // "1. Mục tiêu" with nothing after it heads a part of the plan; it is no field.
    const label = found && (found.value !== "" || (!partHeading && found.field !== "other")) ? found : !partHeading && this.awaitsUnits() ? unitGroupLabel(shape.body) : null;
    const free = !label && !takesUnitLine(this.field, this.fieldLines, shape) && !this.awaitsTitle(shape);
    const introItem = free && this.atIntroItem(shape);
    if (free && !shape.numbering && !shape.bullet && assignsTasks(shape.body) && shape.body.split(/\s+/).length <= 8) {
      // "Tổ chức thực hiện" on a line of its own, unnumbered: the items below assign tasks.
      this.closeDraft();
      this.flushPending();
      this.prose = null;
      this.assigningPlain = true;
      this.inPreamble = false;
      return;
    }
    const awaited = this.field !== null && continuesField(this.field, this.fieldLines, shape);
    const month = free && !shape.bullet && !awaited ? monthHeading(shape.text) : null;
    if (month) {
      this.closeDraft();
      this.flushPending();
      this.tracker.pushMonth(month.number, month.label);
      this.prose = { lead: "", partners: "", deadline: month.deadline };
      this.headingFresh = false;
      this.inPreamble = false;
      return;
    }
    let prose = free ? this.assignment(shape) : null;
    // "<background>. Ngoài ra, UBND tỉnh cũng giao X <task>": the assignment inside a paragraph.
    const inside = free && !prose && !shape.numbering && !shape.bullet && !this.continuesField(shape) ? issuedInside(shape.body) : null;
    if (inside) prose = inside.assignment;
    if (this.inPreamble && !label && !prose && !shape.numbering && !shape.bullet) {
      if (opensRecipients(line)) this.inRecipients = true;
      // Only a recognisable preamble is dropped: a title line; a sentence before the first task is reported.
      else if (!isPreamble(line)) this.pending.push({ text: line, preamble: readsAsTitle(line) });
      return;
    }
    const several = label ? splitLabels(shape.body) : null;
    const inline = label || prose ? null : inlineLabels(shape.body);
    let note: RoleNote | null;
    if (several) for (const one of several) this.label(one, line);
    else if (label) this.label(label, line);
    else if (introItem) this.introItem(prose, shape, line);
    else if (inline) this.inlineTask(inline.title, inline.labels, line);
    else if (prose) {
      if (inside?.before) this.pending.push({ text: inside.before, preamble: false });
      this.proseLine(prose, shape, line);
      if (prose.rest) this.pending.push({ text: prose.rest, preamble: false });
    }
    else if (isFieldWithoutColumn(this.cur, shape)) this.unknownField(line);
    else if (this.field && (continuesField(this.field, this.fieldLines, shape) || this.milestoneGoesOn(line, shape))) this.append(shape, line);
    else if (this.prose && this.inProseList(shape)) this.proseTask(this.prose, shape.body, line);
    else if (shape.numbering) this.heading(shape);
    else if ((note = bracketRoles(shape.body) ?? closingAssignment(shape.body))) this.inlineTask(note.title, note.labels, line);
    else this.paragraph(shape, line);
    if (label || prose || shape.numbering || shape.bullet) this.inPreamble = false;
  }

  finish(): TextDrafts {
    this.closeDraft();
    // A text that never left its preamble (no heading, bullet, label or assignment anywhere) was all
    // body: its paragraphs are reported, not dropped as letterhead.
    if (this.inPreamble && this.drafts.length === 0) for (const p of this.pending) p.preamble = false;
    this.flushPending();
    return { drafts: this.drafts, unplaced: this.withSentenceHeadings() };
  }

  /**
   * A numbered sentence that heads no task and no sub-heading ("1. Các đơn vị căn cứ kế hoạch này
   * triển khai thực hiện.") was read as a heading only for its number: it is a paragraph like any
   * other, so it is reported in its place. A short title with nothing under it ("2. Phát triển y học
   * gia đình", "I. MỤC TIÊU") is the plan's outline and stays silent.
   */
  private withSentenceHeadings(): string[] {
    const heads = new Set<HeadingNode>();
    const mark = (node: HeadingNode | null) => {
      for (let n = node; n && !heads.has(n); n = n.parent) heads.add(n);
    };
    for (const d of this.drafts) mark(d.node);
    // Last first, so a heading's sub-headings are settled before it: one that heads only sentences
    // reported in their place ("2. Phối hợp ..., cụ thể như sau:" over "(1) ...;") heads nothing, and
    // is reported with them rather than dropped as their heading.
    const reported = new Set<HeadingNode>();
    for (let i = this.headings.length - 1; i >= 0; i--) {
      const h = this.headings[i];
      if (!heads.has(h.node) && readsAsSentence(h.node.text, h.line)) reported.add(h.node);
      else mark(h.node.parent);
    }
    // Merged in document order: each heading goes before the paragraphs reported after it.
    const out: string[] = [];
    let next = 0;
    for (const h of this.headings) {
      if (!reported.has(h.node)) continue;
      while (next < h.at) out.push(this.unplaced[next++]);
      out.push(h.line);
    }
    while (next < this.unplaced.length) out.push(this.unplaced[next++]);
    return out;
  }

  private create(): Draft {
    this.closeDraft();
    const d = newDraft(this.tracker.current);
    d.headingOwned = this.headingFresh && this.pending.length === 0;
    this.headingFresh = false;
    this.cur = d;
    return d;
  }

  private closeDraft(): void {
    const cur = this.cur;
    if (cur) {
      this.drafts.push(cur);
      for (const s of this.shared) {
        for (const field of SHARED_FIELDS) if (s[field].length === 0) s[field] = [...cur[field]];
      }
    }
    this.shared = [];
    this.cur = null;
    this.field = null;
  }

  private flushPending(): void {
    for (const p of this.pending) if (!p.preamble) this.unplaced.push(p.text);
    this.pending = [];
  }

  private openField(field: LabelField | null): void {
    this.field = field;
    this.fieldLines = 0;
  }

  private label(label: Label, line: string): void {
    if (label.field === "other") {
      if (this.cur) this.cur.source.push(line);
      this.unplaced.push(line);
      return;
    }
    let d = this.cur;
    if (describesTitle(d, label, this.pending.length)) {
      // The description has no column of its own.
      this.unknownField(line);
      return;
    }
    if (label.content && this.pending.length > 0) {
      // A task line, then "+ Nội dung: ...": the line names the task, the content describes it.
      d = this.claimPending();
      this.unknownField(line);
      return;
    }
    if (label.field === "title") {
      const hasPending = this.pending.length > 0;
      this.flushPending();
      d = this.create();
      if (hasPending) d.headingOwned = false;
      d.titleFromLabel = true;
      // "1. Nhiệm vụ: ..." then unnumbered labels: the number is the task's; a "2. Cơ quan chủ trì"
      // below makes it the field's number instead.
      const n = lineShape(line).numbering;
      if (n?.kind === "arabic") {
        d.ownNumber = n.number;
        this.numberedTitle = { draft: d, line };
      }
      addToField(d, "title", label.value);
      d.source.push(line);
      this.openField(label.value === "" || label.value.endsWith(":") ? "title" : null);
      return;
    }
    if (this.nestedContent(line)) {
      d = this.claimNestedContent();
    } else if (this.pending.length > 0) {
      d = this.claimPending(bulletOf(line));
    } else if (!d) {
      d = this.create();
    }
    const numbered = this.numberedTitle;
    if (numbered && numbered.draft === d && numbered.line !== line && lineShape(line).numbering !== null) {
      d.ownNumber = "";
      this.numberedTitle = null;
    }
    d.source.push(line);
    if (label.outsidePartner) d.outsidePartners.push(label.outsidePartner);
    addToField(d, label.field, label.value);
    this.openField(label.value === "" || listGoesOn(label) ? label.field : null);
  }

  /** "- Kế hoạch X (chủ trì: Phòng NVY; thời gian: Quý II/2026)": a task line carrying its own fields. */
  private inlineTask(title: string, labels: Label[], line: string): void {
    this.flushPending();
    this.pending.push({ text: title, preamble: false });
    this.headingFresh = false;
    for (const one of labels) this.label(one, line);
  }

  /** The last candidate task line becomes a task; earlier ones are reported as unplaced. */
  private claimPending(labelBullet?: string): Draft {
    const last = this.pending.pop() as Pending;
    // "- Task A;" "- Task B;" then one "- Cơ quan thực hiện:" / "- Thời gian:" pair at the same level:
    // the labels are every item's, not the last one's alone ("+" labels under "-" lines are the last one's).
    const items = [...this.pending, last];
    const siblings = labelBullet !== undefined && sameBullets(items) && items[0].bullet === labelBullet ? this.pending.splice(0) : [];
    this.flushPending();
    const d = this.create();
    for (const p of siblings) {
      const s = newDraft(this.tracker.current);
      s.title.push(p.text);
      s.source.push(p.text);
      this.drafts.push(s);
      this.shared.push(s);
    }
    d.title.push(last.text);
    d.source.push(last.text);
    return d;
  }

  /**
   * "2. Phòng, chống sốt xuất huyết" then "+ item;" "+ item." then "- Đơn vị chủ trì: X": items one
   * level deeper than the labels below them, straight under the heading, are that task's content.
   */
  private nestedContent(labelLine: string): boolean {
    const items = this.pending;
    if (items.length === 0 || !items[0].underHeading) return false;
    if (!items.every((p) => !p.preamble && p.bullet !== undefined && p.bullet === items[0].bullet)) return false;
    const depth = bulletDepth(items[0].bullet);
    const labelDepth = bulletDepth(bulletOf(labelLine));
    if (depth !== null && labelDepth !== null) return labelDepth < depth;
    // Labels with no bullet ("a) Đơn vị chủ trì:", "Đơn vị chủ trì:"): the items are one enumeration,
    // each but the last closed by ";", as a content list is (task lines each get their own fields).
    return labelDepth === null && items.length >= 2 && items.slice(0, -1).every((p) => p.text.trimEnd().endsWith(";"));
  }

  private claimNestedContent(): Draft {
    const items = this.pending;
    this.pending = [];
    this.headingFresh = true;
    const d = this.create();
    for (const p of items) {
      addToField(d, "title", p.text);
      d.source.push(p.text);
    }
    d.titleFromLabel = true;
    return d;
  }

  private unknownField(line: string): void {
    (this.cur as Draft).source.push(line);
    this.unplaced.push(line);
    this.field = null;
  }

  /**
   * "3. Thời gian thực hiện:" then "- Xây dựng kế hoạch: Quý I/2026;" and "- Triển khai: Quý IV/2026":
   * milestones as bullets of one kind all belong to the deadline.
   */
  private milestoneGoesOn(line: string, shape: LineShape): boolean {
    if (this.field !== "deadline" || this.fieldLines === 0 || !shape.bullet || this.fieldBullet === null) return false;
    const colon = shape.body.lastIndexOf(":");
    const when = colon >= 0 ? shape.body.slice(colon + 1).trim() : shape.body;
    return line.trimStart()[0] === this.fieldBullet && WHEN.test(when);
  }

  private append(shape: LineShape, line: string): void {
    if (this.fieldLines === 0) this.fieldBullet = shape.bullet ? line.trimStart()[0] : null;
    const d = this.cur as Draft;
    d.source.push(line);
    addToField(d, this.field as LabelField, continuationValue(shape));
    this.fieldLines++;
  }

  private heading(shape: LineShape): void {
    this.closeDraft();
    this.flushPending();
    this.prose = null;
    const n = shape.numbering as NonNullable<LineShape["numbering"]>;
    const node = this.tracker.push(n, tidy(shape.text), tidy(shape.body));
    this.headings.push({ node, line: shape.text, at: this.unplaced.length });
    if (node.kind === "roman" || node.kind === "upper") this.assigningPlain = false;
    this.headingFresh = true;
  }

  private paragraph(shape: LineShape, line: string): void {
    this.prose = null;
    this.field = null;
    const first = this.pending.length === 0 && this.headingFresh;
    this.pending.push({ text: shape.body, preamble: false, bullet: bulletOf(line), underHeading: first || (this.pending[0]?.underHeading ?? false) });
    this.headingFresh = false;
  }

  /** "Tên nhiệm vụ:" alone on its line: the line below is the title, even one opening with "Giao X ...". */
  private awaitsTitle(shape: LineShape): boolean {
    return this.field === "title" && this.fieldLines === 0 && continuesField("title", 0, shape);
  }

  /** A block has its content but no unit yet: "2. Tổ chức thực hiện:" there opens its roles. */
  private awaitsUnits(): boolean {
    const d = this.cur;
    return d !== null && this.pending.length === 0 && d.title.length > 0 && d.lead.length === 0 && d.partners.length === 0 && d.deadline.length === 0;
  }

  /**
   * The last task filled the heading above it with its labels ("4. Nhiệm vụ thứ tư" then "Tên nhiệm
   * vụ: ..."): that heading is the task, so a plain paragraph after it is no part of it.
   */
  private headingIsTask(): boolean {
    const d = this.cur;
    return d !== null && d.headingOwned && d.titleFromLabel && d.node !== null && d.node === this.tracker.current;
  }

  /**
   * A line that assigns: "Giao X chủ trì ...", a unit heading ("1. Sở Y tế", "Bộ Tài chính:") over
   * its items, or, inside a part that assigns tasks, a sentence whose subject is the unit.
   */
  private assignment(shape: LineShape): ProseAssignment | null {
    // "Sở X yêu cầu các đơn vị thực hiện các nội dung sau:" over numbered items: read first, as the
    // units it asks lead every item below.
    const intro = shape.numbering || shape.bullet ? null : introducesItems(shape.body);
    if (intro) return intro;
    const prose = matchProse(shape.body);
    if (prose) return prose;
    const numbered = shape.numbering !== null && !isItemNumbering(shape);
    const head = unitHeading(shape.body, shape.numbering !== null);
    if (head) return head;
    // A unit heading's own items ("a) Chủ trì ...") stay its tasks; a subject-first item is another unit's.
    if (this.assigning() || (this.prose !== null && (shape.bullet || numbered || isItemNumbering(shape)))) {
      const own = subjectFirst(shape.body);
      // "1. Căn cứ tình hình ..., các Sở X chủ động ...": an item of an introduced list names its unit after its grounds.
      return own ?? (this.intro !== null && this.prose === this.intro.ctx ? frontedSubject(shape.body, true) : null);
    }
    // "Nội dung:" then "- Bộ Y tế có trách nhiệm ...": the label's value goes on, no task of its own.
    if (this.continuesField(shape)) return null;
    const duty = dutySentence(shape.body);
    // "Đồng thời, Sở X ...", "Để ..., Sở X chỉ đạo ...": a paragraph of a text that assigns elsewhere.
    if (duty || !this.assigningText || shape.numbering || shape.bullet) return duty;
    return frontedSubject(shape.body);
  }

  private continuesField(shape: LineShape): boolean {
    return this.field !== null && continuesField(this.field, this.fieldLines, shape);
  }

  /**
   * A numbered line at the level of the open introduced list's items (the first numbered line below
   * it sets that level): a task of the units the list names, unless it names its own. A part heading
   * (I., A.) ends the list.
   */
  private atIntroItem(shape: LineShape): boolean {
    const intro = this.intro;
    const n = shape.numbering;
    if (intro === null || n === null) return false;
    if (n.kind !== "arabic" && n.kind !== "lower" && n.kind !== "paren") {
      this.intro = null;
      return false;
    }
    const key = levelKey(n);
    intro.level ??= key;
    if (key !== intro.level) return false;
    this.prose = intro.ctx;
    return true;
  }

  /**
   * "1. Tiếp tục thực hiện ...", "2. Phối hợp với A, B phổ biến ...", "1. Căn cứ ..., các Sở X chủ động
   * ... . Chủ động điều chỉnh ...": each sentence that orders something is a task; the item's own line
   * is no section of theirs. "a) Các cơ sở ... thực hiện:" heads a unit's own items.
   */
  private introItem(p: ProseAssignment | null, shape: LineShape, line: string): void {
    const ctx = (this.intro as Intro).ctx;
    this.heading(shape);
    if (p?.opensList) {
      this.prose = { lead: p.lead, partners: p.partners };
      this.headingFresh = false;
      return;
    }
    let unit = p ? { lead: p.lead, partners: p.partners } : { lead: ctx.lead, partners: ctx.partners };
    const text = p ? [p.task, p.rest ?? ""].filter((t) => t !== "").join(". ") : shape.body;
    let last: Draft | null = null;
    for (const part of splitAssignments(text)) {
      if (part.before) this.unplaced.push(part.before);
      if (part.lead) unit = { lead: part.lead, partners: part.partners };
      last = this.proseTask(unit, part.task, line);
      last.headingOwned = true;
      last.headingLine = true;
    }
    const title = last?.title[last.title.length - 1];
    if (last && title !== undefined && /[:：]$/.test(title)) {
      last.title[last.title.length - 1] = title.replace(INTRODUCING_TAIL, ":");
      this.itemsOf = last;
    }
  }

  /** Below an item ending in ":", its bullets and its deeper a) / (1) items are its content. */
  private joinsItem(shape: LineShape): boolean {
    if (shape.bullet && shape.numbering === null) return true;
    if (!isItemNumbering(shape)) return false;
    return this.intro === null || levelKey(shape.numbering as NonNullable<LineShape["numbering"]>) !== this.intro.level;
  }

  private proseLine(p: ProseAssignment, shape: LineShape, line: string): void {
    if (this.prose && !p.opensList && (shape.bullet || isItemNumbering(shape))) {
      // "- Phòng Nghiệp vụ Y: Hướng dẫn ..." among the items under "Tháng 2:" or a unit: one more
      // item, with the list's deadline; the list goes on.
      const d = this.proseTask({ lead: p.lead, partners: p.partners, deadline: this.prose.deadline }, p.task, line);
      d.headingOwned = false;
      return;
    }
    const leaving = this.headingIsTask();
    this.closeDraft();
    this.flushPending();
    const plain = !shape.numbering && !shape.bullet;
    // A new paragraph that assigns ends the introduced list before it.
    if (plain) this.intro = null;
    if (p.opensList) {
      if (shape.numbering && !isItemNumbering(shape)) this.heading(shape);
      this.prose = { lead: p.lead, partners: p.partners };
      if (plain && p.introduces) this.intro = { ctx: this.prose, level: null };
      this.headingFresh = false;
      return;
    }
    this.prose = null;
    const numbered = shape.numbering !== null && !isItemNumbering(shape);
    if (!numbered && !shape.bullet && leaving) this.tracker.leave();
    if (numbered) this.heading(shape);
    const [first, ...others] = splitAssignments(p.task);
    const d = this.proseTask({ lead: p.lead, partners: p.partners }, first.task, line);
    d.headingOwned = numbered;
    d.headingLine = numbered;
    for (const other of others) {
      // "... . Theo đó các cơ quan, đơn vị liên quan tổng hợp ...": a second assignment in the paragraph.
      if (other.before) this.unplaced.push(other.before);
      // An order with no subject of its own ("" here) goes to the paragraph's units.
      const unit = other.lead ? other : p;
      const o = this.proseTask({ lead: unit.lead, partners: unit.partners }, other.task, line);
      o.headingOwned = false;
    }
  }

  /**
   * An item of the open list: a bullet or a) / (1) item; under "Các đơn vị trực thuộc:" the tasks may
   * be paragraphs, when the first line below it was one (no bullet opened the list).
   */
  private inProseList(shape: LineShape): boolean {
    const ctx = this.prose as ProseContext;
    const plain = !shape.bullet && !shape.numbering;
    if (ctx.paragraphs === undefined) ctx.paragraphs = plain;
    return shape.bullet || isItemNumbering(shape) || (plain && ctx.paragraphs);
  }

  private proseTask(ctx: ProseContext, text: string, line: string): Draft {
    const d = this.create();
    let lead = ctx.lead;
    let partners = ctx.partners;
    let body = text;
    const own = ownRole(body);
    if (own) {
      // "a) Chủ trì, phối hợp với các sở, ngành triển khai ..." under "1. Sở Y tế".
      body = own.task;
      if (own.partners) partners = own.partners;
    }
    const note = bracketRoles(body) ?? inlineLabels(body);
    if (note) {
      body = note.title;
      for (const l of note.labels) {
        if (l.field === "lead") lead = l.value;
        else if (l.field === "partners" || l.field === "leadAndPartners") partners = l.value;
        else if (l.field === "deadline") d.deadline.push(l.value);
        else if (l.field === "product") d.product.push(l.value);
      }
    }
    const inline = d.deadline.length === 0 ? findInlineDeadline(body) : null;
    d.title.push(inline ? inline.rest : body);
    if (inline) d.deadline.push(inline.deadline);
    else if (d.deadline.length === 0 && ctx.deadline) d.deadline.push(ctx.deadline);
    if (lead) d.lead.push(lead);
    if (partners) d.partners.push(partners);
    d.source.push(line);
    return d;
  }
}

const OWN_ROLE = /^chủ\s+trì\s*(?:,\s*|\s+)(.*)$/iu;

/**
 * "Chủ trì, phối hợp với X <task>" / "Chủ trì <task>" / "Phối hợp với X, Y <task>": the heading's
 * (or the introducing line's) unit leads, X partners.
 */
function ownRole(text: string): { task: string; partners: string } | null {
  const m = OWN_ROLE.exec(text.trim());
  const withPartners = PARTNERS.exec(m ? m[1] : text.trim());
  if (withPartners) {
    const split = splitUnitsFromTask(withPartners[1]);
    if (split.task === "" || (!m && !opensLikeUnit(upperFirst(split.units)))) return null;
    return { task: upperFirst(split.task), partners: split.units };
  }
  if (!m) return null;
  return /^\p{Ll}/u.test(m[1]) ? { task: upperFirst(m[1]), partners: "" } : null;
}

// "..., cụ thể như sau:", "... như sau:": the words only announce the items joined after the colon.
const INTRODUCING_TAIL = /\s*,?\s*(?:cụ\s+thể(?:\s+như\s+sau)?|như\s+sau|sau\s+đây)\s*[:：]$/iu;

function upperFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

interface SplitAssignment {
  lead: string;
  partners: string;
  task: string;
  /** The sentence's words before its own "giao X ...": text of its own, reported. */
  before?: string;
}

/**
 * A paragraph's task, then any later sentence that names its own unit as subject, or that assigns
 * after a clause ("Trong trường hợp ...; đồng thời ..., giao Sở X báo cáo ...").
 */
function splitAssignments(task: string): SplitAssignment[] {
  const sentences = task.split(/(?<=\.)\s+(?=\p{Lu})/u);
  const out: SplitAssignment[] = [{ lead: "", partners: "", task: sentences[0] }];
  for (const sentence of sentences.slice(1)) {
    // "Giao X <task>.", "Đối với Y, đề nghị <task>.": a later sentence with an assignment of its own.
    const own = subjectFirst(sentence) ?? ownTask(matchProse(sentence));
    const inner = own ? null : assignedInside(sentence);
    const last = out[out.length - 1];
    if (own) out.push({ lead: own.lead, partners: own.partners, task: own.task });
    else if (inner) out.push({ ...inner.assignment, before: inner.before });
    // "Thực hiện nghiêm ...": an order with no subject, to whoever the sentence before addressed.
    else if (opensWithTaskVerb(sentence)) out.push({ lead: last.lead, partners: last.partners, task: sentence });
    else last.task = `${last.task} ${sentence}`;
  }
  return out;
}

/** A prose assignment that carries its own task (not one opening a list). */
function ownTask(p: ProseAssignment | null): ProseAssignment | null {
  return p && !p.opensList && p.task !== "" ? { ...p, task: p.task.replace(/[.;]+$/, "") } : null;
}

/** A heading's words end as a sentence does, or run longer than any title: a paragraph, not a title. */
function readsAsSentence(body: string, line: string): boolean {
  return /[^.][.;!?]$/u.test(line.trim()) || body.split(/\s+/).length > SENTENCE_WORDS;
}

/**
 * A line before the first task that is the document's title or headline ("Tăng cường công tác phòng,
 * chống bệnh bạch hầu", "Kế hoạch triển khai ... năm 2026"): no sentence end, a title's length. A
 * sentence there ("Ngày 19/7, UBND tỉnh ban hành ...", "Sở X tổ chức ...") is text a planner may need.
 */
function readsAsTitle(line: string): boolean {
  // "... TỈNH Căn cứ Luật ...;": a PDF's title, signer and first "Căn cứ" run together on one line.
  if (SIGNER_THEN_GROUNDS.test(line)) return true;
  const t = line.trim().replace(ATTACHED_TO, "");
  return !/[.;!?…]["”)]?$/u.test(t) && t.split(/\s+/).length <= TITLE_WORDS;
}

const SIGNER_THEN_GROUNDS = /\p{Lu}{2,}\s+(?:Căn cứ|Xét đề nghị|Theo đề nghị)\s/u;
// "(Kèm theo Quyết định số 58/QĐ-SYT ...)" after a title: which decision it belongs to.
const ATTACHED_TO = /\s*\((?:ban hành\s+)?kèm theo[^()]*\)$/iu;

/** A headline or a plan's title in sentence case runs to some 25 words; a paragraph runs longer. */
const TITLE_WORDS = 30;

/** Titles of parts and sections in the golden cases run to 9 words; a paragraph runs longer. */
const SENTENCE_WORDS = 15;

interface Pending {
  text: string;
  preamble: boolean;
  /** The bullet the line opened with ("+", "-"), if any. */
  bullet?: string;
  /** The first of the candidate lines came straight after a heading. */
  underHeading?: boolean;
}

const SHARED_FIELDS = ["lead", "partners", "outsidePartners", "deadline", "product"] as const;

/** Two or more candidate task lines, each opened by the same bullet. */
function sameBullets(items: Pending[]): boolean {
  return items.length >= 2 && items.every((p) => !p.preamble && p.bullet !== undefined && p.bullet === items[0].bullet);
}

function bulletOf(line: string): string | undefined {
  const m = /^\s*([-–+])\s/u.exec(line);
  return m ? m[1] : undefined;
}

/** Vietnamese lists nest "-" over "+". */
function bulletDepth(bullet: string | undefined): number | null {
  if (bullet === "-" || bullet === "–") return 0;
  if (bullet === "+") return 1;
  return null;
}

// A milestone says when, after its colon or as the whole item ("- Kế hoạch C năm 2026" is the next task).
const WHEN = /^(?:quý|tháng|năm|từ|trước|trong|hết|đến|thường xuyên|hằng|hàng|định kỳ|\d)/iu;

/** "Cơ quan phối hợp: Sở A; Sở B;" then "Công an tỉnh.": a list of units ending in ";" or "," goes on below. */
function listGoesOn(label: Label): boolean {
  return (label.field === "lead" || label.field === "partners" || label.field === "leadAndPartners") && /[;,]$/.test(label.value);
}

/** One paragraph reads as an assignment: a subject-first paragraph elsewhere is then one too. */
function assignsSomewhere(lines: string[]): boolean {
  return lines.some((line) => {
    const body = lineShape(line).body;
    return matchProse(body) !== null || issuedInside(body) !== null;
  });
}

/** Drafts from logical lines; the closing (Nơi nhận, signature) is ignored up to an appendix. */
export function readTextDrafts(lines: string[]): TextDrafts {
  const reader = new TextReader(assignsSomewhere(lines));
  for (const line of lines) reader.read(line);
  return reader.finish();
}
