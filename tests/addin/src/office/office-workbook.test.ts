import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";
import { FIXTURE } from "../../support/port-fixture";
import { describeWorkbookPort } from "../port/workbook-port-contract";

describeWorkbookPort("the Office.js workbook (over a mock of Excel)", (snapshot, options) => {
  const model = ExcelModel.fromSnapshot(snapshot, options?.canInsertSheets === false ? "1.12" : undefined);
  return {
    port: new OfficeWorkbook(new MockHost(model)),
    highlighted: () => model.highlighted(),
    selection: () => model.selection,
    activeSheet: () => model.active?.name ?? null,
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
  ])("%s in one Excel.run of %i syncs", async (_, use, syncs) => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    await use(new OfficeWorkbook(host));
    expect(host.runs.map((run) => run.syncs)).toEqual([syncs]);
  });

  it("writes a date with the contract's date format, and other values leave the cells' formats alone", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    await new OfficeWorkbook(new MockHost(model)).appendRow("Contracts", [2, "13-К", { serial: 45800 }]);
    const formats = [1, 2, 3, 4].map((col) => model.cell(model.sheets[0]!, 5, col)?.format);
    expect(formats).toEqual(["General", "General", "dd.mm.yyyy", undefined]);
  });
});
