// Reads the list, block, labelled and prose forms in one pass over logical lines. They share one
// grammar: headings open sections; a label line fills a field of the current task; a task line
// (bullet or paragraph) waits as a candidate title until a label claims it; a label with nothing
// after its colon ("a) Cơ quan chủ trì", "1. Nội dung:") takes the lines below as its value; a prose
// assignment ("Giao X chủ trì, phối hợp Y ...") is a task, or opens a list of bullet tasks.
import { isClosingFormula, isPreamble, opensRecipients, startsAppendix, startsClosing } from "./boilerplate";
import type { Draft } from "./draft";
import { newDraft, tidy } from "./draft";
import { findInlineDeadline } from "./inlineDeadline";
import type { Label, LabelField } from "./labels";
import { matchLabel, splitLabels } from "./labels";
import type { LineShape } from "./lineShape";
import { lineShape } from "./lineShape";
import type { ProseAssignment } from "./proseForm";
import { matchProse } from "./proseForm";
import { SectionTracker } from "./sections";

export interface TextDrafts {
  drafts: Draft[];
  unplaced: string[];
}

interface ProseContext {
  lead: string;
  partners: string;
}

const UNIT_FIELDS: LabelField[] = ["lead", "partners", "leadAndPartners"];

class TextReader {
  private tracker = new SectionTracker();
  readonly drafts: Draft[] = [];
  readonly unplaced: string[] = [];
  private cur: Draft | null = null;
  /** Candidate task lines; preamble ones are dropped, not reported, if no label claims them. */
  private pending: { text: string; preamble: boolean }[] = [];
  private field: LabelField | null = null;
  private fieldLines = 0;
  private prose: ProseContext | null = null;
  private inPreamble = true;
  private inRecipients = false;
  private headingFresh = false;

  private inClosing = false;

  read(line: string): void {
    if (this.inClosing && !startsAppendix(line)) return;
    if (this.inClosing || startsClosing(line)) {
      // From Nơi nhận / the signature to an appendix (or the end) nothing is a task.
      this.closeDraft();
      this.flushPending();
      this.prose = null;
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
    // "B. NỘI DUNG" is a part heading, not a "Nội dung" label waiting for its value.
    const partHeading = shape.numbering?.kind === "roman" || shape.numbering?.kind === "upper";
    const found = matchLabel(shape.body);
    const label = found && (found.value !== "" || !partHeading) ? found : null;
    const prose = label ? null : matchProse(shape.body);
    if (this.inPreamble && !label && !prose && !shape.numbering && !shape.bullet) {
      if (opensRecipients(line)) this.inRecipients = true;
      else if (!isPreamble(line)) this.pending.push({ text: line, preamble: true });
      return;
    }
    const several = label ? splitLabels(shape.body) : null;
    const inline = label || prose ? null : inlineLabels(shape.body);
    if (several) for (const one of several) this.label(one, line);
    else if (label) this.label(label, line);
    else if (inline) this.inlineTask(inline.title, inline.labels, line);
    else if (prose) this.proseLine(prose, shape, line);
    else if (this.isUnknownField(shape)) this.unknownField(line);
    else if (this.field && this.continues(shape)) this.append(shape, line);
    else if (this.prose && (shape.bullet || isItemNumbering(shape))) this.proseTask(this.prose, shape.body, line);
    else if (shape.numbering) this.heading(shape);
    else this.paragraph(shape);
    if (label || prose || shape.numbering || shape.bullet) this.inPreamble = false;
  }

  finish(): TextDrafts {
    this.closeDraft();
    this.flushPending();
    return { drafts: this.drafts, unplaced: this.unplaced };
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
    if (this.cur) this.drafts.push(this.cur);
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
    if (label.field === "title" && d && d.title.length > 0 && !hasFields(d) && this.pending.length === 0) {
      // "Tên nhiệm vụ" then "Nội dung": the description has no column of its own.
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
      if (label.value) d.title.push(label.value);
      d.source.push(line);
      this.openField(label.value === "" || label.value.endsWith(":") ? "title" : null);
      return;
    }
    if (this.pending.length > 0) {
      d = this.claimPending();
    } else if (!d) {
      d = this.create();
    }
    d.source.push(line);
    const value = label.value;
    if (label.outsidePartner) d.outsidePartners.push(label.outsidePartner);
    switch (label.field) {
      case "lead":
        if (value) d.lead.push(value);
        break;
      case "partners":
        if (value) d.partners.push(value);
        break;
      case "leadAndPartners":
        if (value) d.lead.push(value);
        break;
      case "product":
        if (value) d.product.push(value);
        break;
      case "deadline":
        if (value) d.deadline.push(value);
        break;
    }
    this.openField(value === "" ? label.field : null);
  }

  /** "- Kế hoạch X (chủ trì: Phòng NVY; thời gian: Quý II/2026)": a task line carrying its own fields. */
  private inlineTask(title: string, labels: Label[], line: string): void {
    this.flushPending();
    this.pending.push({ text: title, preamble: false });
    this.headingFresh = false;
    for (const one of labels) this.label(one, line);
  }

  /** The last candidate task line becomes a task; earlier ones are reported as unplaced. */
  private claimPending(): Draft {
    const title = (this.pending.pop() as { text: string }).text;
    this.flushPending();
    const d = this.create();
    d.title.push(title);
    d.source.push(title);
    return d;
  }

  /**
   * "6. Kinh phí thực hiện: ..." inside a labelled task: a field with no column, not a heading
   * (a heading here would swallow the tasks that follow).
   */
  private isUnknownField(shape: LineShape): boolean {
    if (!this.cur || !this.cur.titleFromLabel || !shape.numbering) return false;
    if (shape.numbering.kind !== "arabic" && shape.numbering.kind !== "lower") return false;
    return /^[^:]{1,50}:\s*\S/.test(shape.body) && shape.body.indexOf(":") <= 50;
  }

  private unknownField(line: string): void {
    (this.cur as Draft).source.push(line);
    this.unplaced.push(line);
    this.field = null;
  }

  /** Whether a line below an empty label belongs to it. */
  private continues(shape: LineShape): boolean {
    if (shape.numbering && !isItemNumbering(shape)) return false;
    if (this.field === "deadline") return this.fieldLines === 0;
    if (UNIT_FIELDS.includes(this.field as LabelField)) {
      return shape.body.split(/\s+/).length <= 25 && !shape.body.endsWith(":");
    }
    return true;
  }

  private append(shape: LineShape, line: string): void {
    const d = this.cur as Draft;
    const value = shape.numbering ? shape.text : shape.body;
    d.source.push(line);
    switch (this.field) {
      case "title":
        d.title.push(value);
        break;
      case "lead":
        d.lead.push(value);
        break;
      case "partners":
        d.partners.push(value);
        break;
      case "leadAndPartners":
        // Without sub-labels the first unit listed leads and the rest partner.
        if (d.lead.length === 0) d.lead.push(value);
        else d.partners.push(value);
        break;
      case "product":
        d.product.push(value);
        break;
      case "deadline":
        d.deadline.push(value);
        break;
    }
    this.fieldLines++;
  }

  private heading(shape: LineShape): void {
    this.closeDraft();
    this.flushPending();
    this.prose = null;
    const n = shape.numbering as NonNullable<LineShape["numbering"]>;
    this.tracker.push(n, tidy(shape.text), tidy(shape.body));
    this.headingFresh = true;
  }

  private paragraph(shape: LineShape): void {
    this.prose = null;
    this.field = null;
    this.pending.push({ text: shape.body, preamble: false });
    this.headingFresh = false;
  }

  private proseLine(p: ProseAssignment, shape: LineShape, line: string): void {
    this.closeDraft();
    this.flushPending();
    if (p.opensList) {
      if (shape.numbering && !isItemNumbering(shape)) this.heading(shape);
      this.prose = { lead: p.lead, partners: p.partners };
      this.headingFresh = false;
      return;
    }
    this.prose = null;
    const numbered = shape.numbering !== null && !isItemNumbering(shape);
    if (numbered) this.heading(shape);
    const d = this.proseTask({ lead: p.lead, partners: p.partners }, p.task, line);
    d.headingOwned = numbered;
    d.headingLine = numbered;
  }

  private proseTask(ctx: ProseContext, text: string, line: string): Draft {
    const d = this.create();
    const inline = findInlineDeadline(text);
    d.title.push(inline ? inline.rest : text);
    if (inline) d.deadline.push(inline.deadline);
    d.lead.push(ctx.lead);
    if (ctx.partners) d.partners.push(ctx.partners);
    d.source.push(line);
    return d;
  }
}

const TRAILING_FIELDS = /^(.*\S)\s*\(([^()]*:[^()]*)\)\s*[.;:]?$/u;

function inlineLabels(body: string): { title: string; labels: Label[] } | null {
  const m = TRAILING_FIELDS.exec(body);
  if (!m) return null;
  const labels = splitLabels(m[2], 1);
  return labels ? { title: m[1], labels } : null;
}

function hasFields(d: Draft): boolean {
  return d.lead.length + d.partners.length + d.outsidePartners.length + d.deadline.length + d.product.length > 0;
}

function isItemNumbering(shape: LineShape): boolean {
  return shape.numbering?.kind === "lower" || shape.numbering?.kind === "paren";
}

/** Drafts from logical lines; the closing (Nơi nhận, signature) is ignored up to an appendix. */
export function readTextDrafts(lines: string[]): TextDrafts {
  const reader = new TextReader();
  for (const line of lines) reader.read(line);
  return reader.finish();
}
