import { canonicalValue } from "../../../src/core/roundtrip/canonical";
import { mergeReturns } from "../../../src/core/roundtrip/mergeReturns";
import { SENT_FIELDS, type ReturnedCopy, type SentRecord } from "../../../src/core/roundtrip/types";
import type { RawRow } from "../../../src/core/types";

const TRACKER = "TD-0123456789ABCDEF";
const UNIT = "Văn phòng Sở";

function row(id: string, overrides: RawRow = {}): RawRow {
  return {
    id,
    title: `Nhiệm vụ ${id}`,
    lead: UNIT,
    deadlineText: "Quý II/2026",
    due: new Date(Date.UTC(2026, 5, 30)),
    status: "Đang thực hiện",
    progress: 20,
    doneDate: null,
    evidence: null,
    note: null,
    ...overrides,
  };
}

function sentOf(rows: RawRow[], extra: Partial<SentRecord> = {}): SentRecord {
  return {
    trackerId: TRACKER,
    unit: UNIT,
    sentAt: "2026-04-01",
    master: "so.xlsx",
    sendId: "G1",
    rows: rows.map((r) => ({
      id: String(r.id),
      values: Object.fromEntries(SENT_FIELDS.filter((f) => f !== "id").map((f) => [f, canonicalValue(f, r[f])])),
    })),
    ...extra,
  };
}

function copy(rows: RawRow[], sent: SentRecord | null, extra: Partial<ReturnedCopy> = {}): ReturnedCopy {
  return { file: "van-phong.xlsx", sent, rows, proposals: [], ...extra };
}

const MASTER = [row("NV01"), row("NV02"), row("NV03", { lead: "Thanh tra Sở" })];
const SENT = sentOf(MASTER.slice(0, 2));

describe("mergeReturns: three-way, cell by cell", () => {
  it("applies a cell only the unit changed, as a value the master can hold", () => {
    const back = [row("NV01", { status: "Hoàn thành", progress: 100, doneDate: "2026-05-10", evidence: "Báo cáo số 1/BC" }), row("NV02")];
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [copy(back, SENT)]);
    expect(result.applied.map((a) => [a.id, a.field, a.from, a.to])).toEqual([
      ["NV01", "status", "Đang thực hiện", "Hoàn thành"],
      ["NV01", "progress", "20", "100"],
      ["NV01", "doneDate", "", "2026-05-10"],
      ["NV01", "evidence", "", "Báo cáo số 1/BC"],
    ]);
    expect(result.edits).toEqual(
      expect.arrayContaining([
        { row: 0, field: "progress", value: 100 },
        { row: 0, field: "doneDate", value: "2026-05-10" },
      ]),
    );
    expect(result.conflicts).toEqual([]);
    expect(result.refused).toEqual([]);
  });

  it("treats a date typed, stored as a serial or as a date alike: no change", () => {
    const master = [row("NV01", { doneDate: new Date(Date.UTC(2026, 4, 10)) })];
    const sent = sentOf(master);
    const back = [row("NV01", { doneDate: 46152 })];
    const result = mergeReturns({ trackerId: TRACKER, rows: master }, [copy(back, sent)]);
    expect(result.applied).toEqual([]);
    expect(result.edits).toEqual([]);
  });

  it("keeps the master's own later change when the unit left the cell alone", () => {
    const master = [row("NV01", { note: "Sở đã nhắc" }), MASTER[1]];
    const result = mergeReturns({ trackerId: TRACKER, rows: master }, [copy([row("NV01"), row("NV02")], SENT)]);
    expect(result.edits).toEqual([]);
    expect(result.applied).toEqual([]);
  });

  it("lists a cell both changed differently as a conflict and keeps the master's value", () => {
    const master = [row("NV01", { progress: 50 }), MASTER[1]];
    const result = mergeReturns({ trackerId: TRACKER, rows: master }, [copy([row("NV01", { progress: 80 }), row("NV02")], SENT)]);
    expect(result.conflicts).toEqual([
      { id: "NV01", field: "progress", master: "50", returned: "80", sent: "20", file: "van-phong.xlsx", unit: UNIT },
    ]);
    expect(result.edits).toEqual([]);
  });

  it("does nothing when both made the same change", () => {
    const master = [row("NV01", { progress: 80 }), MASTER[1]];
    const result = mergeReturns({ trackerId: TRACKER, rows: master }, [copy([row("NV01", { progress: 80 }), row("NV02")], SENT)]);
    expect(result.conflicts).toEqual([]);
    expect(result.edits).toEqual([]);
  });

  it("refuses a changed title or deadline as a proposal, never applied", () => {
    const back = [row("NV01", { title: "Nội dung khác", deadlineText: "Quý III/2026" }), row("NV02")];
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [copy(back, SENT)]);
    expect(result.refused.map((r) => [r.id, r.field, r.reason, r.value])).toEqual([
      ["NV01", "title", "outsideUnitColumns", "Nội dung khác"],
      ["NV01", "deadlineText", "outsideUnitColumns", "Quý III/2026"],
    ]);
    expect(result.edits).toEqual([]);
  });

  it("refuses rows the unit added and lists rows it removed", () => {
    const back = [row("NV01"), row("NV99")];
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [copy(back, SENT)]);
    expect(result.refused.map((r) => [r.id, r.reason])).toEqual([
      ["NV02", "removedRow"],
      ["NV99", "addedRow"],
    ]);
  });

  it("refuses updates to a task the master now gives to another unit", () => {
    const master = [row("NV01", { lead: "Thanh tra Sở" }), MASTER[1]];
    const result = mergeReturns({ trackerId: TRACKER, rows: master }, [copy([row("NV01", { progress: 90 }), row("NV02")], SENT)]);
    expect(result.refused.map((r) => [r.id, r.reason])).toEqual([["NV01", "otherUnit"]]);
    expect(result.edits).toEqual([]);
  });

  it("matches the lead however it is spaced or cased", () => {
    const master = [row("NV01", { lead: " văn  phòng sở" }), MASTER[1]];
    const result = mergeReturns({ trackerId: TRACKER, rows: master }, [copy([row("NV01", { progress: 90 }), row("NV02")], SENT)]);
    expect(result.applied).toHaveLength(1);
  });

  it("refuses updates to a task no longer in the master", () => {
    const result = mergeReturns({ trackerId: TRACKER, rows: [MASTER[1]] }, [copy([row("NV01", { progress: 90 }), row("NV02")], SENT)]);
    expect(result.refused.map((r) => [r.id, r.reason])).toEqual([["NV01", "notInMaster"]]);
  });

  it("refuses an id held by two rows of the master or of the return", () => {
    const twice = mergeReturns({ trackerId: TRACKER, rows: [row("NV01"), row("nv01"), MASTER[1]] }, [
      copy([row("NV01", { progress: 90 }), row("NV02")], SENT),
    ]);
    expect(twice.refused.map((r) => [r.id, r.reason])).toEqual([["NV01", "duplicateId"]]);
    const inReturn = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [
      copy([row("NV01", { progress: 90 }), row("NV01", { progress: 10 }), row("NV02")], SENT),
    ]);
    expect(inReturn.refused.map((r) => [r.id, r.reason])).toEqual([["NV01", "duplicateId"]]);
    expect(inReturn.edits).toEqual([]);
  });

  it("refuses a file that is no unit copy, and a copy of another tracker", () => {
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [
      copy([row("NV01", { progress: 90 })], null, { file: "khac.xlsx" }),
      copy([row("NV01", { progress: 90 })], sentOf(MASTER, { trackerId: "TD-FFFF" }), { file: "so-khac.xlsx" }),
    ]);
    expect(result.refused.map((r) => [r.file, r.reason])).toEqual([
      ["khac.xlsx", "notReturn"],
      ["so-khac.xlsx", "otherTracker"],
    ]);
    expect(result.edits).toEqual([]);
  });

  it("refuses every return when the master has no tracker id, saying to split again", () => {
    const result = mergeReturns({ rows: MASTER }, [copy([row("NV01", { progress: 90 }), row("NV02")], SENT)]);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0].reason).toBe("otherTracker");
    expect(result.refused[0].message).toMatch(/split/);
  });

  it("applies returns in order, the later seeing the earlier's edits", () => {
    const first = copy([row("NV01", { progress: 50 }), row("NV02")], SENT, { file: "a.xlsx", hash: "a" });
    const other = sentOf(MASTER.slice(0, 2), { sendId: "G2" });
    const second = copy([row("NV01", { progress: 70 }), row("NV02")], other, { file: "b.xlsx", hash: "b" });
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [first, second]);
    expect(result.applied.map((a) => [a.file, a.to])).toEqual([["a.xlsx", "50"]]);
    expect(result.conflicts.map((c) => [c.file, c.master, c.returned])).toEqual([["b.xlsx", "50", "70"]]);
  });

  it("changes nothing when the same file is merged again", () => {
    const back = copy([row("NV01", { progress: 50, note: "Khó khăn" }), row("NV02")], SENT, { hash: "h1", savedAt: "2026-05-01T08:00:00Z" });
    const once = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [back]);
    const merged = MASTER.map((r, i) => {
      const copyRow = { ...r };
      for (const e of once.edits.filter((x) => x.row === i)) copyRow[e.field] = e.value;
      return copyRow;
    });
    const again = mergeReturns({ trackerId: TRACKER, rows: merged }, [back], once.ledger);
    expect(again.edits).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.refused).toEqual([]);
    expect(again.alreadyMerged).toEqual(["van-phong.xlsx"]);
    expect(again.ledger).toEqual(once.ledger);
  });

  it("takes a later save of the same sending as an update of the earlier, not a conflict", () => {
    const v1 = copy([row("NV01", { progress: 50 }), row("NV02")], SENT, { hash: "v1", savedAt: "2026-05-01T08:00:00Z" });
    const once = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [v1]);
    const merged = [row("NV01", { progress: 50 }), MASTER[1], MASTER[2]];
    const v2 = copy([row("NV01", { progress: 100, status: "Hoàn thành" }), row("NV02")], SENT, { hash: "v2", savedAt: "2026-06-01T08:00:00Z" });
    const later = mergeReturns({ trackerId: TRACKER, rows: merged }, [v2], once.ledger);
    expect(later.conflicts).toEqual([]);
    expect(later.applied.map((a) => [a.field, a.from, a.to])).toEqual([
      ["status", "Đang thực hiện", "Hoàn thành"],
      ["progress", "50", "100"],
    ]);
  });

  it("refuses an older save of a sending whose newer save was merged", () => {
    const newer = copy([row("NV01", { progress: 90 }), row("NV02")], SENT, { hash: "new", savedAt: "2026-06-01T08:00:00Z" });
    const older = copy([row("NV01", { progress: 40 }), row("NV02")], SENT, { hash: "old", savedAt: "2026-05-01T08:00:00Z", file: "cu.xlsx" });
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [newer, older]);
    expect(result.refused.map((r) => [r.file, r.reason])).toEqual([["cu.xlsx", "olderCopy"]]);
    expect(result.edits).toEqual([{ row: 0, field: "progress", value: 90 }]);
  });

  it("does not let an earlier merged file, merged again after a newer save, undo the newer values", () => {
    const v1 = copy([row("NV01", { progress: 50 }), row("NV02")], SENT, { hash: "v1", savedAt: "2026-05-01T08:00:00Z" });
    const v2 = copy([row("NV01", { progress: 90 }), row("NV02")], SENT, { hash: "v2", savedAt: "2026-06-01T08:00:00Z" });
    const both = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [v1, v2]);
    const merged = [row("NV01", { progress: 90 }), MASTER[1], MASTER[2]];
    const again = mergeReturns({ trackerId: TRACKER, rows: merged }, [v1], both.ledger);
    expect(again.edits).toEqual([]);
    expect(again.alreadyMerged).toEqual(["van-phong.xlsx"]);
  });

  it("lists an extension proposal without applying it", () => {
    const back = copy([row("NV01"), row("NV02")], SENT, {
      proposals: [
        { id: "NV01", proposedDue: new Date(Date.UTC(2026, 8, 30)), reason: "Chờ hướng dẫn của Bộ" },
        { id: "NV02", proposedDue: null, reason: "" },
      ],
    });
    const result = mergeReturns({ trackerId: TRACKER, rows: MASTER }, [back]);
    expect(result.proposals).toEqual([
      { id: "NV01", proposedDue: "2026-09-30", reason: "Chờ hướng dẫn của Bộ", file: "van-phong.xlsx", unit: UNIT },
    ]);
    expect(result.edits).toEqual([]);
  });
});
