import { appendRows } from "../../../../addin/src/office/append-row";
import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";
import { FIXTURE, rowOf } from "../../support/port-fixture";
import { describeWorkbookPort } from "../port/workbook-port-contract";

/** As the templates format them: `_meta` and the text columns of a form are Text (`@`). */
function withTextColumns(model: ExcelModel): ExcelModel {
  for (const [name, columns] of [
    ["_meta", [1, 2]],
    ["Договоры", [2, 4]],
    ["Паспорт", [3]],
  ] as const) {
    const sheet = model.sheet(name);
    for (const col of columns) sheet?.columnFormats.set(col, "@");
  }
  return model;
}

describeWorkbookPort("the Office.js workbook (over a mock of Excel)", (snapshot, options) => {
  const model = withTextColumns(
    ExcelModel.fromSnapshot(snapshot, options?.canInsertSheets === false ? "1.12" : undefined),
  );
  return {
    port: new OfficeWorkbook(new MockHost(model)),
    highlighted: () => model.highlighted(),
    selection: () => model.selection,
    activeSheet: () => model.active?.name ?? null,
    userTypes: async ({ sheet, address }, value) => model.userTypes(sheet, address, value),
    settled: () => model.delivered(),
  };
});

describe("the Office.js workbook", () => {
  it("asks the host for ExcelApi 1.13 before inserting sheets, and does not call Excel without it", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE, "1.12"));
    const result = await new OfficeWorkbook(host).insertSheets("UEsDBA==");
    expect(result).toEqual({ ok: false, reason: "unsupported", requirement: "ExcelApi 1.13" });
    expect(host.runs).toHaveLength(0);
  });

  it.each([
    ["reads the Meta table", (w: OfficeWorkbook) => w.readMeta(), 2],
    ["writes the Meta table", (w: OfficeWorkbook) => w.writeMeta([["stamp.tool", "Adal"]]), 3],
    ["goes to a cell", (w: OfficeWorkbook) => w.select({ sheet: "Риски", address: "B2" }), 2],
    ["appends a row", (w: OfficeWorkbook) => w.appendRow("Contracts", [2]), 3],
    [
      "appends 200 rows, the table grown",
      (w: OfficeWorkbook) =>
        w.appendRows(
          "Contracts",
          Array.from({ length: 200 }, (_, i) => [i + 2, `${i}-К`]),
        ),
      3,
    ],
    ["writes a cell", (w: OfficeWorkbook) => w.writeCells([{ sheet: "Риски", address: "B2", value: "x" }]), 1],
    [
      "writes a date",
      (w: OfficeWorkbook) => w.writeCells([{ sheet: "Риски", address: "B2", value: { serial: 1 } }]),
      2,
    ],
  ])("%s in one Excel.run of %i syncs", async (_, use, syncs) => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    await use(new OfficeWorkbook(host));
    expect(host.runs.map((run) => run.syncs)).toEqual([syncs]);
  });

  it("writes rows beyond a sync's share of cells in slices of rows, one sync each, every row in its place", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    const rows = Array.from({ length: 5 }, (_, i) => [i + 2, `${i}-К`]);
    // Two rows of the table's four columns to a sync.
    const result = await host.run((context) => appendRows(context, "Contracts", rows, 8));
    expect(result).toEqual({ ok: true, sheet: "Договоры", row: 5, address: "A5:D9" });
    expect(host.runs.map((run) => run.syncs)).toEqual([2 + 3]);
    const snapshot = await new OfficeWorkbook(host).readSnapshot();
    expect(rows.map((_, i) => rowOf(snapshot, "Договоры", 5 + i, 2))).toEqual(rows);
  });

  it("writes any number of cells, on several sheets, in one sync that gets each sheet once", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    const cells = Array.from({ length: 200 }, (_, i) => ({
      sheet: i % 2 === 0 ? "Договоры" : "Риски",
      address: `F${i + 1}`,
      value: i,
    }));
    await expect(new OfficeWorkbook(host).writeCells(cells)).resolves.toEqual({ ok: true });
    expect(host.runs.map((run) => run.syncs)).toEqual([1]);
    expect(host.runs[0]?.loads).toEqual(["MockWorksheet.name", "MockWorksheet.name"]);
  });

  it("writes a date with the contract's date format, and other values leave the cells' formats alone", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    await new OfficeWorkbook(new MockHost(model)).appendRow("Contracts", [2, "13-К", { serial: 45800 }]);
    const formats = [1, 2, 3, 4].map((col) => model.cell(model.sheets[0]!, 5, col)?.format);
    expect(formats).toEqual(["General", "General", "dd.mm.yyyy", undefined]);
  });

  it("gives a date cell the contract's date format, and leaves the format of a cell given text as it was", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    await new OfficeWorkbook(new MockHost(model)).writeCells([
      { sheet: "Договоры", address: "C5", value: { serial: 45800 } },
      { sheet: "Договоры", address: "C4", value: "без даты" },
    ]);
    const formatAt = (row: number) => model.cell(model.sheets[0]!, row, 3)?.format;
    expect(formatAt(5)).toBe("dd.mm.yyyy");
    // C4 held a date, so it keeps the date's format under its text.
    expect(formatAt(4)).toBe("dd.mm.yyyy");
  });
});

describe("the Office.js workbook while the user types in a cell", () => {
  const editing = (apiVersion: string) => {
    const model = ExcelModel.fromSnapshot(FIXTURE, apiVersion);
    model.editing = true;
    return new OfficeWorkbook(new MockHost(model));
  };

  it("waits until the user leaves the cell, where Excel can (ExcelApi 1.11)", async () => {
    await expect(editing("1.11").readMeta()).resolves.toEqual(expect.any(Map));
  });

  it("says the user is editing a cell where Excel cannot wait", async () => {
    await expect(editing("1.10").readMeta()).rejects.toMatchObject({ reason: "cell_editing" });
  });
});

describe("the Office.js workbook opening a new workbook", () => {
  it("gives the file to Excel.createWorkbook where ExcelApi 1.8 is", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    await expect(new OfficeWorkbook(host).createWorkbook("UEsDBA==")).resolves.toEqual({ ok: true });
    expect(host.model.created).toEqual(["UEsDBA=="]);
  });

  it("says which Excel it needs where ExcelApi 1.8 is not", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE, "1.7"));
    await expect(new OfficeWorkbook(host).createWorkbook("UEsDBA==")).resolves.toEqual({
      ok: false,
      reason: "unsupported",
      requirement: "ExcelApi 1.8",
    });
    expect(host.model.created).toEqual([]);
  });
});
