// Pure logic behind the task pane: what the user sees grouped, ordered and parsed.
import { UI } from "../../src/core/strings/ui";
import type { LocatedFinding } from "../../src/core/types";
import { AddinError, type TrackedRow } from "../../src/excel/actions";
import { describeError } from "../../src/taskpane/logic/describeError";
import { countBySeverity, groupFindings } from "../../src/taskpane/logic/groupFindings";
import { isDarkColor } from "../../src/taskpane/logic/isDarkColor";
import { tasksByUnit } from "../../src/taskpane/logic/tasksByUnit";
import { parseViDate } from "../../src/taskpane/logic/viDateInput";
import { noticeUrl } from "../../src/commands/notify";

function finding(rule: string, severity: "error" | "warning", cell: string, fix = false): LocatedFinding {
  return {
    row: 0,
    id: "NV01",
    field: null,
    rule,
    severity,
    message: `${rule} at ${cell}`,
    fix: fix ? { value: 1, label: "sửa" } : null,
    sheet: "Nhiệm vụ",
    cell,
  };
}

function row(id: string, lead: string, state: TrackedRow["state"], daysLate: number, due: string | null): TrackedRow {
  return { id, title: `Nhiệm vụ ${id}`, lead, due, state, daysLate, sheet: "Nhiệm vụ", cell: `A${id.slice(2)}` };
}

describe("groupFindings", () => {
  const findings = [
    finding("spaces", "warning", "A2", true),
    finding("spaces", "warning", "A3", true),
    finding("spaces", "warning", "E4"),
    finding("due-text", "error", "K2", true),
    finding("lead-required", "error", "G5"),
    finding("lead-required", "error", "G6"),
  ];

  it("puts error rules first, larger groups first within a severity, each titled in Vietnamese", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.rule, g.findings.length])).toEqual([
      ["lead-required", 2],
      ["due-text", 1],
      ["spaces", 3],
    ]);
    expect(groups.map((g) => g.title)).toEqual(["Thiếu đơn vị chủ trì", "Hạn hoàn thành nhập dạng chữ", "Khoảng trắng thừa"]);
  });

  it("offers 'fix all' only for the findings that carry a fix", () => {
    const spaces = groupFindings(findings).find((g) => g.rule === "spaces")!;
    expect(spaces.fixable.map((f) => f.cell)).toEqual(["A2", "A3"]);
  });

  it("counts errors and warnings", () => {
    expect(countBySeverity(findings)).toEqual({ errors: 3, warnings: 3 });
  });

  it("keeps a rule it does not know, titled by its id", () => {
    expect(groupFindings([finding("new-rule", "warning", "B2")])[0].title).toBe("new-rule");
  });
});

describe("parseViDate", () => {
  it.each([
    ["30/06/2026", "2026-06-30"],
    ["30/6/2026", "2026-06-30"],
    [" 1.7.2026 ", "2026-07-01"],
    ["29-02-2028", "2028-02-29"],
    ["29/02/2026", null],
    ["06/30/2026", null],
    ["2026-06-30", null],
    ["30/06", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(parseViDate(text)).toBe(expected);
  });
});

describe("tasksByUnit", () => {
  const rows = [
    row("NV1", "Văn phòng Sở", "overdue", 3, "2026-06-27"),
    row("NV2", "Ban Giám đốc", "overdue", 1, "2026-06-29"),
    row("NV3", "Văn phòng Sở", "overdue", 20, "2026-06-10"),
    row("NV4", "Đội kiểm tra", "overdue", 5, "2026-06-25"),
    row("NV5", "Văn phòng Sở", "dueSoon", 0, "2026-07-02"),
  ];

  it("groups one state's rows by lead in Vietnamese order, most overdue first", () => {
    const units = tasksByUnit(rows, "overdue");
    expect(units.map((u) => u.unit)).toEqual(["Ban Giám đốc", "Đội kiểm tra", "Văn phòng Sở"]);
    expect(units[2].rows.map((r) => r.id)).toEqual(["NV3", "NV1"]);
  });

  it("orders due-soon rows by due date", () => {
    const soon = [row("NV7", "X", "dueSoon", 0, "2026-07-05"), row("NV8", "X", "dueSoon", 0, "2026-07-01")];
    expect(tasksByUnit(soon, "dueSoon")[0].rows.map((r) => r.id)).toEqual(["NV8", "NV7"]);
  });
});

describe("isDarkColor", () => {
  it.each([
    ["#262626", true],
    ["#000000", true],
    ["#FFFFFF", false],
    ["#E6E6E6", false],
    ["f3f3f3", false],
    ["#0F6CBD", true],
    ["not a colour", false],
  ])("%s → %s", (colour, dark) => {
    expect(isDarkColor(colour)).toBe(dark);
  });
});

describe("describeError", () => {
  it("shows an AddinError's own message (it already says what to do next)", () => {
    expect(describeError(new AddinError("Hãy tạo bảng theo dõi trước.", "NoTracker"))).toBe("Hãy tạo bảng theo dõi trước.");
  });

  it("wraps anything else in a Vietnamese message that keeps the detail", () => {
    expect(describeError(new TypeError("x is undefined"))).toBe(UI.unexpected("x is undefined"));
  });
});

describe("noticeUrl", () => {
  it("carries Vietnamese text to the notice page intact", () => {
    const url = new URL(noticeUrl("https://host.example/app/commands.html", { kind: "done", title: "Kiểm tra", text: "2 lỗi, 1 cảnh báo & hơn" }));
    expect(url.pathname).toBe("/app/notice.html");
    expect(url.searchParams.get("text")).toBe("2 lỗi, 1 cảnh báo & hơn");
    expect(url.searchParams.get("kind")).toBe("done");
  });
});
