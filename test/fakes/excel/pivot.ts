// PivotTables (ExcelApi 1.8) and page layout (ExcelApi 1.9), as far as the adapter uses them. Strict
// where Excel is: the source must be an existing table, hierarchies must name its headers, pivot names
// are unique in the workbook, a pivot may not overlap a table, and each hierarchy sits in one place.
import { parseLocal } from "./address";
import { FakeContextCore, FakeProxy } from "./context";
import { fail } from "./errors";
import type { Mirror } from "./mirror";
import { FakeRange } from "./range";
import type { SheetState, TableState } from "./state";
import { FakeTable } from "./table";

export interface PivotState {
  name: string;
  /** Name of the source table. */
  source: string;
  headers: string[];
  /** Top-left cell of the pivot on its sheet, A1. */
  destination: string;
  rows: string[];
  columns: string[];
  filters: string[];
  data: { field: string; name: string; summarizeBy: string }[];
  /** Manual filters applied (ExcelApi 1.12): field → selected items. */
  selected: Record<string, string[]>;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  printTitleRows: string | null;
  margins: { left: number; right: number; top: number; bottom: number } | null;
}

type PivotHost = { sheet: SheetState; pivots: PivotState[] };

function allPivots(core: FakeContextCore): PivotState[] {
  return core.host.workbook.sheets.flatMap((s) => pivotsOf(s));
}

export function pivotsOf(sheet: SheetState): PivotState[] {
  const holder = sheet as SheetState & { pivots?: PivotState[] };
  return (holder.pivots ??= []);
}

export function pageLayoutOf(sheet: SheetState): PageLayoutState {
  const holder = sheet as SheetState & { pageLayout?: PageLayoutState };
  return (holder.pageLayout ??= { orientation: "Portrait", paperSize: "Letter", zoom: null, printTitleRows: null, margins: null });
}

export class FakePivotTableCollection
  extends FakeProxy<PivotHost>
  implements Mirror<Excel.PivotTableCollection, "add" | "getItem" | "getItemOrNullObject" | "load">
{
  protected readonly loadable = ["items/name"] as const;
  constructor(core: FakeContextCore, parent: () => SheetState | null) {
    super(core, () => {
      const sheet = parent();
      return sheet ? { sheet, pivots: pivotsOf(sheet) } : null;
    }, "PivotTableCollection");
  }
  protected snapshot(_: string, t: PivotHost): unknown {
    return t.pivots.map((p) => p.name);
  }

  add(name: string, source: Excel.Range | string | Excel.Table, destination: Excel.Range | string): FakePivotTable {
    if (!(source instanceof FakeTable)) throw new Error("fake: pivotTables.add takes the source as a Table here");
    if (!(destination instanceof FakeRange)) throw new Error("fake: pivotTables.add takes the destination as a Range here");
    const holder: { p: PivotState | null } = { p: null };
    const table = source as FakeTable;
    const dest = destination as FakeRange;
    this.write(
      "add",
      { name },
      ({ sheet, pivots }) => {
        if (allPivots(this.core).some((p) => p.name.toLowerCase() === name.toLowerCase())) fail("InvalidArgument", `A PivotTable named '${name}' already exists.`);
        const t: TableState = table.resolveTable();
        const target = dest.resolveTarget();
        if (target.sheet !== sheet) fail("InvalidArgument", "The destination must be on this worksheet.");
        if (this.core.host.workbook.tables.some((x) => x.sheet === sheet && x.rect.row <= target.rect.row && target.rect.row < x.rect.row + x.rect.rowCount && x.rect.column <= target.rect.column && target.rect.column < x.rect.column + x.rect.columnCount)) {
          fail("InvalidArgument", "A PivotTable cannot overlap a table.");
        }
        const headers: string[] = [];
        for (let c = 0; c < t.rect.columnCount; c++) headers.push(String(t.sheet.cell(t.rect.row, t.rect.column + c).value));
        const address = `${String.fromCharCode(65 + target.rect.column)}${target.rect.row + 1}`;
        const pivot: PivotState = { name, source: t.name, headers, destination: address, rows: [], columns: [], filters: [], data: [], selected: {} };
        pivots.push(pivot);
        holder.p = pivot;
      },
      "1.8",
    );
    return new FakePivotTable(this.core, () => holder.p);
  }

  getItem(name: string): FakePivotTable {
    return new FakePivotTable(this.core, () => this.target().pivots.find((p) => p.name.toLowerCase() === name.toLowerCase()) ?? fail("ItemNotFound", `No PivotTable named '${name}'.`));
  }

  getItemOrNullObject(name: string): FakePivotTable {
    return new FakePivotTable(this.core, () => this.target().pivots.find((p) => p.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
}

type Place = "rows" | "columns" | "filters" | "data";

export class FakePivotTable extends FakeProxy<PivotState> implements Mirror<Excel.PivotTable, "name" | "refresh" | "delete" | "isNullObject"> {
  protected readonly loadable = ["name"] as const;
  constructor(core: FakeContextCore, resolver: () => PivotState | null) {
    super(core, resolver, "PivotTable");
  }
  protected snapshot(_: string, p: PivotState): unknown {
    return p.name;
  }
  get name(): string {
    return this.read("name");
  }
  get hierarchies(): FakePivotHierarchyCollection {
    return new FakePivotHierarchyCollection(this.core, () => this.targetOrNull());
  }
  get rowHierarchies(): FakePlacedHierarchies {
    return new FakePlacedHierarchies(this.core, () => this.targetOrNull(), "rows");
  }
  get columnHierarchies(): FakePlacedHierarchies {
    return new FakePlacedHierarchies(this.core, () => this.targetOrNull(), "columns");
  }
  get filterHierarchies(): FakePlacedHierarchies {
    return new FakePlacedHierarchies(this.core, () => this.targetOrNull(), "filters");
  }
  get dataHierarchies(): FakePlacedHierarchies {
    return new FakePlacedHierarchies(this.core, () => this.targetOrNull(), "data");
  }
  refresh(): void {
    this.write("refresh", undefined, () => undefined, "1.3");
  }
  delete(): void {
    this.write("delete", undefined, (p) => {
      for (const sheet of this.core.host.workbook.sheets) {
        const list = pivotsOf(sheet);
        const i = list.indexOf(p);
        if (i >= 0) list.splice(i, 1);
      }
    }, "1.8");
  }
}

interface HierarchyTarget {
  pivot: PivotState;
  field: string;
}

export class FakePivotHierarchyCollection extends FakeProxy<PivotState> implements Mirror<Excel.PivotHierarchyCollection, "getItem"> {
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, parent: () => PivotState | null) {
    super(core, parent, "PivotHierarchyCollection");
  }
  protected snapshot(): unknown {
    return null;
  }
  getItem(name: string): FakePivotHierarchy {
    return new FakePivotHierarchy(this.core, () => {
      const pivot = this.target();
      if (!pivot.headers.includes(name)) fail("ItemNotFound", `The source has no field '${name}'.`);
      return { pivot, field: name };
    });
  }
}

export class FakePivotHierarchy extends FakeProxy<HierarchyTarget> {
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, resolver: () => HierarchyTarget | null) {
    super(core, resolver, "PivotHierarchy");
  }
  protected snapshot(): unknown {
    return null;
  }
  /** For the placed collections: the target at sync time. */
  resolveHierarchy(): HierarchyTarget {
    return this.target();
  }
  get fields(): FakePivotFieldCollection {
    return new FakePivotFieldCollection(this.core, () => this.targetOrNull());
  }
}

export class FakePlacedHierarchies extends FakeProxy<PivotState> {
  protected readonly loadable = [] as const;
  constructor(
    core: FakeContextCore,
    parent: () => PivotState | null,
    private readonly place: Place,
  ) {
    super(core, parent, `${place}Hierarchies`);
  }
  protected snapshot(): unknown {
    return null;
  }
  add(hierarchy: Excel.PivotHierarchy): FakeDataHierarchy {
    const h = hierarchy as unknown as FakePivotHierarchy;
    if (!(h instanceof FakePivotHierarchy)) throw new Error("fake: add takes a PivotHierarchy from the same context");
    const holder: { d: PivotState["data"][number] | null } = { d: null };
    this.write(
      "add",
      undefined,
      (pivot) => {
        const { field } = h.resolveHierarchy();
        // A field is a row, column or filter once; data may repeat a field another place uses.
        const placed = (["rows", "columns", "filters"] as const).some((p) => pivot[p].includes(field));
        if (this.place !== "data" && placed) fail("InvalidArgument", `'${field}' is already in the PivotTable.`);
        if (this.place === "data") {
          const entry = { field, name: `Count of ${field}`, summarizeBy: "Automatic" };
          pivot.data.push(entry);
          holder.d = entry;
        } else {
          pivot[this.place].push(field);
        }
      },
      "1.8",
    );
    return new FakeDataHierarchy(this.core, () => holder.d);
  }
}

export class FakeDataHierarchy extends FakeProxy<PivotState["data"][number]> {
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, resolver: () => PivotState["data"][number] | null) {
    super(core, resolver, "DataPivotHierarchy");
  }
  protected snapshot(): unknown {
    return null;
  }
  set name(name: string) {
    this.write("name", name, (d) => (d.name = name), "1.8");
  }
  set summarizeBy(by: Excel.AggregationFunction | string) {
    const allowed = ["Unknown", "Automatic", "Sum", "Count", "Average", "Max", "Min", "Product", "CountNumbers", "StandardDeviation", "StandardDeviationP", "Variance", "VarianceP"];
    this.write("summarizeBy", by, (d) => {
      if (!allowed.includes(String(by))) fail("InvalidArgument", `'${String(by)}' is no aggregation function.`);
      d.summarizeBy = String(by);
    }, "1.8");
  }
}

export class FakePivotFieldCollection extends FakeProxy<HierarchyTarget> {
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, parent: () => HierarchyTarget | null) {
    super(core, parent, "PivotFieldCollection");
  }
  protected snapshot(): unknown {
    return null;
  }
  getItem(name: string): FakePivotField {
    return new FakePivotField(this.core, () => {
      const t = this.target();
      if (t.field !== name) fail("ItemNotFound", `No field '${name}' in hierarchy '${t.field}'.`);
      return t;
    });
  }
}

export class FakePivotField extends FakeProxy<HierarchyTarget> {
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, resolver: () => HierarchyTarget | null) {
    super(core, resolver, "PivotField");
  }
  protected snapshot(): unknown {
    return null;
  }
  applyFilter(filter: Excel.PivotFilters): void {
    this.write(
      "applyFilter",
      filter,
      ({ pivot, field }) => {
        const items = filter.manualFilter?.selectedItems;
        if (!items) throw new Error("fake: only manual filters are modelled");
        pivot.selected[field] = items.map(String);
      },
      "1.12",
    );
  }
}

export class FakePageLayout
  extends FakeProxy<SheetState>
  implements Mirror<Excel.PageLayout, "orientation" | "paperSize" | "zoom" | "setPrintTitleRows" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin">
{
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, parent: () => SheetState | null) {
    super(core, parent, "PageLayout");
    core.requireVersion("Worksheet.pageLayout", "1.9");
  }
  protected snapshot(): unknown {
    return null;
  }
  private set<K extends keyof PageLayoutState>(key: K, value: PageLayoutState[K], check?: () => void): void {
    this.write(key, value, (sheet) => {
      check?.();
      pageLayoutOf(sheet)[key] = value;
    }, "1.9");
  }
  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    throw new Error("fake: reading page layout is not modelled");
  }
  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.set("orientation", value, () => {
      if (value !== "Portrait" && value !== "Landscape") fail("InvalidArgument", `'${value}' is no orientation.`);
    });
  }
  get paperSize(): Excel.PaperType | "A4" | "Letter" {
    throw new Error("fake: reading page layout is not modelled");
  }
  set paperSize(value: Excel.PaperType | "A4" | "Letter") {
    this.set("paperSize", String(value));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new Error("fake: reading page layout is not modelled");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set("zoom", { ...value }, () => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        fail("InvalidArgument", "A zoom is a scale or a fit to pages, not both.");
      }
    });
  }
  setPrintTitleRows(rows: Excel.Range | string): void {
    if (typeof rows !== "string") throw new Error("fake: setPrintTitleRows takes an address here");
    this.set("printTitleRows", rows, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows) && !parseLocal(rows)) fail("InvalidArgument", `'${rows}' is no row range.`);
    });
  }
  private margin(side: "left" | "right" | "top" | "bottom", points: number): void {
    this.write(`${side}Margin`, points, (sheet) => {
      if (!(points >= 0)) fail("InvalidArgument", "A margin is a positive number of points.");
      const layout = pageLayoutOf(sheet);
      layout.margins = { ...(layout.margins ?? { left: 0, right: 0, top: 0, bottom: 0 }), [side]: points };
    }, "1.9");
  }
  get leftMargin(): number {
    throw new Error("fake: reading page layout is not modelled");
  }
  set leftMargin(points: number) {
    this.margin("left", points);
  }
  get rightMargin(): number {
    throw new Error("fake: reading page layout is not modelled");
  }
  set rightMargin(points: number) {
    this.margin("right", points);
  }
  get topMargin(): number {
    throw new Error("fake: reading page layout is not modelled");
  }
  set topMargin(points: number) {
    this.margin("top", points);
  }
  get bottomMargin(): number {
    throw new Error("fake: reading page layout is not modelled");
  }
  set bottomMargin(points: number) {
    this.margin("bottom", points);
  }
}
