/// <reference types="office-js" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelModel } from "./mock-excel/excel-model";
import { fileLists } from "./mock-excel/mock-data-validation";
import { MockHost } from "./mock-excel/mock-host";
import { FIXTURE } from "./port-fixture";

/** The mock is only worth its tests if it is strict where Office.js is. */
describe("the mock of Excel", () => {
  const host = () => new MockHost(ExcelModel.fromSnapshot(FIXTURE));

  it("refuses a property read before it was loaded", async () => {
    await expect(
      host().run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Риски");
        await context.sync();
        return sheet.name;
      }),
    ).rejects.toThrow("MockWorksheet.name read before load");
  });

  it("refuses a property loaded but not yet synced", async () => {
    await expect(
      host().run(async (context) => context.workbook.worksheets.getItem("Риски").load("name").name),
    ).rejects.toThrow("read before load");
  });

  it("gives a loaded property after the sync, and counts the syncs", async () => {
    const mock = host();
    const values = await mock.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Риски").getRange("B2").load("values");
      await context.sync();
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Закуп у одного поставщика"]]);
    expect(mock.lastSyncs).toBe(2);
    expect(mock.runs[0]!.loads).toEqual(["MockRange.values"]);
  });

  it("refuses a null object's properties and methods, and its isNullObject before a sync", async () => {
    await expect(
      host().run(async (context) => context.workbook.tables.getItemOrNullObject("Nope").isNullObject),
    ).rejects.toThrow("isNullObject read before context.sync()");
    await expect(
      host().run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject("Nope");
        await context.sync();
        return table.getRange();
      }),
    ).rejects.toThrow("a method of a null MockTable");
  });

  it("fails a run that queued commands and never synced them", async () => {
    await expect(
      host().run(async (context) => {
        context.workbook.worksheets.getItem("Риски").getRange("A1").values = [["x"]];
      }),
    ).rejects.toThrow("never sent");
  });

  it("fails like Excel on a sheet it does not have", async () => {
    await expect(host().run(async (context) => context.workbook.worksheets.getItem("Nope"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  it("reads text that would be a formula as one, unless it is quoted", async () => {
    const write = (value: string) =>
      host().run(async (context) => {
        context.workbook.worksheets.getItem("Риски").getRange("B2").values = [[value]];
        await context.sync();
      });
    await expect(write("=1+1")).rejects.toThrow("as a formula");
    await expect(write("'=1+1")).resolves.toBeUndefined();
  });
});

describe("the mock of Excel, where it models what real Excel does to our writes", () => {
  const write = (format: string, value: string) => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.sheets[1]!.columnFormats.set(2, format);
    return new MockHost(model)
      .run(async (context) => {
        context.workbook.worksheets.getItem("Риски").getRange("B10").values = [[value]];
        await context.sync();
      })
      .then(() => model.cell(model.sheets[1]!, 10, 2)?.value);
  };

  it("keeps an apostrophe literally in a Text cell, and drops it in a General one", async () => {
    await expect(write("@", "'050340001237")).resolves.toBe("'050340001237");
    await expect(write("General", "'050340001237")).resolves.toBe("050340001237");
  });

  it("converts text that looks like a number, percentage, date or boolean, except in a Text cell", async () => {
    await expect(write("General", "050340001237")).resolves.toBe(50340001237);
    await expect(write("General", "5%")).resolves.toBe(0.05);
    await expect(write("General", "01.05.2025")).resolves.toBe(45778);
    await expect(write("General", "TRUE")).resolves.toBe(true);
    await expect(write("@", "=1+1")).resolves.toBe("=1+1");
  });

  it("numbers an inserted sheet whose name the workbook has, and points the inserted lists at it", async () => {
    const mock = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    const template = readFileSync(join(__dirname, "../../../workbook-templates/vakr-kk.xlsx"));
    await mock.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(template.toString("base64"));
      await context.sync();
    });
    expect(mock.model.sheet("_lists (2)")?.visibility).toBe("Hidden");
    const inFile =
      fileLists(template)
        .get("Шарттар")
        ?.map((list) => list.formula) ?? [];
    expect(inFile.length).toBeGreaterThan(0);
    expect(mock.model.sheet("Шарттар")?.lists.map((list) => list.formula)).toEqual(
      inFile.map((formula) => formula.replace("'_lists'!", "'_lists (2)'!")),
    );
  });

  it("turns the lists' references to a deleted sheet into #REF!", () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model
      .sheet("Риски")
      ?.lists.push({ rects: [{ top: 2, left: 2, bottom: 9, right: 2 }], formula: "_lists!$A$1:$A$2" });
    model.deleteSheet("_lists");
    expect(model.sheet("Риски")?.lists[0]?.formula).toBe("#REF!$A$1:$A$2");
  });
});
