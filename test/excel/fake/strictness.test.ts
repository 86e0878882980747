// The fake must reject what Excel rejects, or adapter tests over it prove nothing.
import { installFakeExcel, type InstalledFakeExcel } from "../../fakes/excel";

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

async function codeOf(batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<string> {
  try {
    await Excel.run(batch);
  } catch (error) {
    return (error as OfficeExtension.Error).code;
  }
  return "no error";
}

describe("the fake Excel is strict", () => {
  beforeEach(() => {
    fake = installFakeExcel({ today: "2026-06-30" });
  });

  it.each([
    ["too few rows", "A1:B2", [[1, 2]]],
    ["too many columns", "A1:B2", [[1, 2, 3], [4, 5, 6]]],
    ["ragged rows", "A1:B2", [[1, 2], [3]]],
  ])("rejects a values array with %s", async (_, address, values) => {
    const code = await codeOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values;
      await context.sync();
    });
    expect(code).toBe("InvalidArgument");
  });

  it.each(["formulas", "numberFormat"] as const)("rejects a mis-shaped %s array", async (property) => {
    const code = await codeOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1")[property] = [["x"], ["y"]];
      await context.sync();
    });
    expect(code).toBe("InvalidArgument");
  });

  it("throws PropertyNotLoaded for a property read without load and sync", async () => {
    const codes: string[] = [];
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      try {
        void range.values; // loaded but not yet synced
      } catch (error) {
        codes.push((error as OfficeExtension.Error).code);
      }
      await context.sync();
      expect(range.values).toEqual([[""]]);
      try {
        void range.address; // synced but never loaded
      } catch (error) {
        codes.push((error as OfficeExtension.Error).code);
      }
    });
    expect(codes).toEqual(["PropertyNotLoaded", "PropertyNotLoaded"]);
  });

  it.each([
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["A name that is far longer than 31 characters", "InvalidArgument"],
    ["Q1/2026", "InvalidArgument"],
    ["[draft]", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["why?", "InvalidArgument"],
    ["star*", "InvalidArgument"],
    ["back\\slash", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["sheet1", "ItemAlreadyExists"],
  ])("rejects the sheet name %j with %s", async (name, expected) => {
    expect(await codeOf(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    })).toBe(expected);
  });

  it("accepts a 31-character Vietnamese sheet name", async () => {
    const name = "Tổng hợp theo đơn vị chủ trì 26";
    expect(name.length).toBe(31);
    expect(await codeOf(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    })).toBe("no error");
    expect(fake.host.sheetNames()).toContain(name);
  });

  it("by default (checkTableReferences), rejects a formula naming a table the workbook lacks, text aside", async () => {
    expect(fake.host.checkTableReferences).toBe(true);
    fake.host.sheet("Sheet1").type("A1", [["Mã", "Tên"], ["1", "x"]]);
    const write = (formula: string) =>
      codeOf(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        if (!fake.host.tables().some((t) => t.name === "Bang")) sheet.tables.add("A1:B2", true).name = "Bang";
        sheet.getRange("D1").formulas = [[formula]];
        await context.sync();
      });
    expect(await write("=COUNTIFS(Bang[Mã],1)")).toBe("no error");
    expect(await write("=COUNTIFS(bang[Mã],1)")).toBe("no error");
    expect(await write('=IF(1,"BangPhanCong[Điểm]","")')).toBe("no error");
    expect(await write("=COUNTIFS(BangPhanCong[Điểm],1)")).toBe("InvalidArgument");
    expect(fake.host.sheet("Sheet1").formulas("D1")).toEqual([['=IF(1,"BangPhanCong[Điểm]","")']]);
  });

  it("turns formulas naming a deleted table into #REF!, and a table added later under that name does not relink them", async () => {
    fake.host.sheet("Sheet1").type("A1", [["Mã", "Tên"], ["1", "x"]]);
    fake.host.addSheet("Khác");
    expect(await codeOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).name = "Bang";
      context.workbook.worksheets.getItem("Khác").getRange("A1:B1").formulas = [['=COUNTIFS(Bang[Mã],"Bang[Mã]")', "=SUM(Bang[[#This Row],[Mã]:[Tên]])+1"]];
      await context.sync();
      context.workbook.tables.getItem("Bang").delete();
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).name = "Bang";
      await context.sync();
    })).toBe("no error");
    expect(fake.host.sheet("Khác").formulas("A1:B1")).toEqual([['=COUNTIFS(#REF!,"Bang[Mã]")', "=SUM(#REF!)+1"]]);
    expect(fake.host.sheet("Khác").values("A1")).toEqual([["#REF!"]]);
  });

  it("deletes whole table rows with Range.delete(Up), and refuses to cut a table or empty it", async () => {
    fake.host.sheet("Sheet1").type("A1", [["Mã", "Tên"], ["1", "a"], ["2", "b"], ["3", "c"]]);
    fake.host.sheet("Sheet1").type("A6", [["dưới"]]);
    const del = (address: string) =>
      codeOf(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        if (!fake.host.tables().some((t) => t.name === "Bang")) sheet.tables.add("A1:B4", true).name = "Bang";
        sheet.getRange(address).delete("Up");
        await context.sync();
      });
    expect(await del("A2:A3")).toBe("InvalidOperation");
    expect(await del("A1:B1")).toBe("InvalidOperation");
    expect(await del("A2:B3")).toBe("no error");
    expect(fake.host.tables()[0]).toMatchObject({ address: "A1:B2", rowCount: 1 });
    expect(fake.host.sheet("Sheet1").values("A1:B4")).toEqual([["Mã", "Tên"], [3, "c"], ["", ""], ["dưới", ""]]);
    // Emptying a table this way is not modelled: the fake says so rather than guess.
    expect(await del("A2:B2")).not.toBe("no error");
    expect(fake.host.tables()[0]).toMatchObject({ rowCount: 1 });
  });

  it("rejects a duplicate table name and a table name clashing with a defined name", async () => {
    fake.host.sheet("Sheet1").type("A1", [["Mã", "Tên"], ["1", "x"]]);
    fake.host.sheet("Sheet1").type("D1", [["Mã", "Tên"], ["2", "y"]]);
    const first = await codeOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tables.add("A1:B2", true).name = "Bang";
      await context.sync();
      context.workbook.names.add("NgayBaoCao", "=Sheet1!$B$2");
      await context.sync();
    });
    expect(first).toBe("no error");
    for (const name of ["Bang", "BANG", "NgayBaoCao"]) {
      expect(await codeOf(async (context) => {
        const table = context.workbook.worksheets.getItem("Sheet1").tables.add("D1:E2", true);
        table.name = name;
        await context.sync();
      })).toBe("ItemAlreadyExists");
      // The add went through before the rename failed, as in Excel: undo it for the next name.
      fake.host.workbook.tables = fake.host.workbook.tables.filter((t) => t.name === "Bang");
    }
  });

  it("throws ItemNotFound for getItem of a missing item, and gives a null object for getItemOrNullObject", async () => {
    expect(await codeOf(async (context) => {
      context.workbook.worksheets.getItem("Nope");
      await context.sync();
    })).toBe("ItemNotFound");
    expect(await codeOf(async (context) => {
      context.workbook.tables.getItem("Nope").load("name");
      await context.sync();
    })).toBe("ItemNotFound");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      const table = context.workbook.tables.getItemOrNullObject("Nope");
      const name = context.workbook.names.getItemOrNullObject("Nope");
      expect(() => sheet.isNullObject).toThrow(); // not before sync
      await context.sync();
      expect([sheet.isNullObject, table.isNullObject, name.isNullObject]).toEqual([true, true, true]);
    });
  });

  it("applies nothing before sync and counts every sync", async () => {
    fake.host.resetSyncs();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["Mã NV", 1]];
      expect(fake.host.sheet("Sheet1").values("A1:B1")).toEqual([["", ""]]);
      await context.sync();
      expect(fake.host.sheet("Sheet1").values("A1:B1")).toEqual([["Mã NV", 1]]);
      range.load("values");
      await context.sync();
    });
    expect(fake.host.syncCount).toBe(2);
  });

  it("coerces written text like Excel does unless it is quoted", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").values = [["01", "30/6/2021", "'01", "- gạch đầu dòng", "=1+1", "NV01"]];
      await context.sync();
    });
    const sheet = fake.host.sheet("Sheet1");
    expect(sheet.values("A1:C1")).toEqual([[1, 44377, "01"]]);
    expect(sheet.formulas("D1:F1")).toEqual([["=- gạch đầu dòng", "=1+1", "NV01"]]);
  });

  it("rejects a request over the payload cap before applying any of it", async () => {
    fake.uninstall();
    fake = installFakeExcel({ payloadLimit: 10_000 });
    const code = await codeOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRange("A2:A2001").values = Array.from({ length: 2000 }, (_, i) => [`row ${i}`]);
      await context.sync();
    });
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.host.sheet("Sheet1").values("A1")).toEqual([[""]]);
  });

  it("fails in cell-edit mode", async () => {
    fake.host.cellEditMode = true;
    expect(await codeOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    })).toBe("InvalidOperationInCellEditMode");
  });
});

describe("an old host", () => {
  beforeEach(() => {
    fake = installFakeExcel({ excelApi: "1.4" });
  });

  it("answers isSetSupported by version", () => {
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.6")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });

  it.each<[string, (context: Excel.RequestContext) => void]>([
    ["conditional formats (1.6)", (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom")],
    ["freeze panes (1.7)", (context) => context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1)],
    ["tab colour (1.7)", (context) => (context.workbook.worksheets.getItem("Sheet1").tabColor = "#FF0000")],
    ["data validation (1.8)", (context) => (context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 9, operator: "Between" } })],
    ["suspended calculation (1.8)", (context) => context.application.suspendApiCalculationUntilNextSync()],
  ])("rejects %s with ApiNotFound", async (_, use) => {
    expect(await codeOf(async (context) => {
      use(context);
      await context.sync();
    })).toBe("ApiNotFound");
  });
});
