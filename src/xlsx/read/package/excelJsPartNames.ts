// The part names ExcelJS 4.4 recognises. It finds parts by fixed names (xl/workbook.xml,
// xl/worksheets/sheetN.xml, xl/tables/tableN.xml...) instead of following relationships, so a part a
// valid package stores elsewhere ("xl/worksheets/sheet.xml", "xl/Workbook.xml") is silently skipped or
// breaks the load.

interface NameRule {
  /** The names ExcelJS finds. */
  accepts: RegExp;
  /** A name it finds, numbered `n`; `extension` is the part's own, for media. */
  name(n: number, extension: string): string;
}

const single = (name: string): NameRule => ({ accepts: new RegExp(`^${name.replace(/\./g, "\\.")}$`), name: () => name });
const numbered = (prefix: string, suffix: string, accepts: RegExp): NameRule => ({ accepts, name: (n) => `${prefix}${n}${suffix}` });

/** By relationship kind (the last segment of its Type URI). Kinds ExcelJS ignores keep their names. */
export const EXCELJS_NAMES: Readonly<Record<string, NameRule>> = {
  officeDocument: single("xl/workbook.xml"),
  "core-properties": single("docProps/core.xml"),
  "extended-properties": single("docProps/app.xml"),
  sharedStrings: single("xl/sharedStrings.xml"),
  styles: single("xl/styles.xml"),
  worksheet: numbered("xl/worksheets/sheet", ".xml", /^xl\/worksheets\/sheet\d+\.xml$/),
  theme: numbered("xl/theme/theme", ".xml", /^xl\/theme\/[a-zA-Z0-9]+\.xml$/),
  table: numbered("xl/tables/table", ".xml", /^xl\/tables\/table\d+\.xml$/),
  comments: numbered("xl/comments", ".xml", /^xl\/comments\d+\.xml$/),
  vmlDrawing: numbered("xl/drawings/vmlDrawing", ".vml", /^xl\/drawings\/vmlDrawing\d+\.vml$/),
  drawing: numbered("xl/drawings/drawing", ".xml", /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/),
  image: { accepts: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/, name: (n, extension) => `xl/media/image${n}.${extension}` },
};
