import fc from "fast-check";
import { importCells, importText } from "../../../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };

// Pieces of real directives in random order, with random noise between them.
const piece = fc.oneof(
  fc.constantFrom(
    "I. Công tác khám chữa bệnh",
    "II. Công tác dược",
    "1. Y tế cơ sở",
    "a) Cơ quan chủ trì",
    "- Kế hoạch kiểm tra an toàn thực phẩm:",
    "+ Phòng chủ trì tham mưu: Nghiệp vụ Y.",
    "+ Phòng chủ trì tham mưu: Văn phòng Sở phối hợp Thanh tra Sở.",
    "+ Phòng phối hợp với Sở Tài chính: Kế hoạch tài chính.",
    "+ Cơ quan phối hợp: Các phòng, đơn vị trực thuộc sở; Nghiệp vụ Y.",
    "+ Thời gian hoàn thành: Quý II/2026.",
    "1. Tên nhiệm vụ: Tổng kết năm",
    "2. Cơ quan chủ trì: KHTC",
    "Giao Văn phòng Sở chủ trì, phối hợp Thanh tra Sở:",
    "- Tổng hợp báo cáo trước ngày 10/5/2026;",
    "CÔNG BÁO/Số 12/Ngày 01-02-2026",
    "STT",
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Thời gian hoàn thành",
    "Nơi nhận:",
    "",
  ),
  fc.string({ maxLength: 40 }),
);

const documents = fc.array(piece, { maxLength: 60 }).map((lines) => lines.join("\n"));

describe("whatever the text, the import", () => {
  test("never throws, gives unique ids, never lists the lead as a partner, keeps deadlines on one line", () => {
    fc.assert(
      fc.property(documents, (text) => {
        const result = importText(text, options);
        const ids = result.tasks.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const t of result.tasks) {
          if (t.lead) expect(t.partners).not.toContain(t.lead);
          expect(t.deadlineText).not.toMatch(/\n/);
          expect(t.id).not.toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });

  test("reads the same text the same way twice", () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(importText(text, options)).toEqual(importText(text, options));
      }),
      { numRuns: 50 },
    );
  });

  test("of any block of cells never throws", () => {
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 50_000 }), fc.string({ maxLength: 12 }), piece);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const result = importCells([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], ...rows], options);
        const ids = result.tasks.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });
});
