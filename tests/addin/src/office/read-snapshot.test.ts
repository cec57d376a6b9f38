import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import { readWorkbook } from "../../../../shared/xlsx/read-workbook";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";
import { FIXTURE, rowOf } from "../../support/port-fixture";

function template() {
  const read = readWorkbook(readFileSync(join(__dirname, "../../../../workbook-templates/vakr-kk.xlsx")));
  if (!read.ok) throw new Error(read.fault.code);
  return read.snapshot;
}

describe("reading the workbook through Office.js", () => {
  it("takes two syncs for a template's nine sheets and eight tables", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(template()));
    const snapshot = await new OfficeWorkbook(host).readSnapshot();
    expect(snapshot.sheets).toHaveLength(9);
    expect(snapshot.sheets.flatMap((s) => s.tables)).toHaveLength(8);
    expect(host.lastSyncs).toBe(2);
  });

  it("loads names, states, tables, used values with their number formats and conditional formats: nothing else", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    await new OfficeWorkbook(host).readSnapshot();
    expect(new Set(host.runs[0]!.loads)).toEqual(
      new Set([
        "MockWorksheetCollection.items/id",
        "MockWorksheetCollection.items/name",
        "MockWorksheetCollection.items/visibility",
        "MockTableCollection.items/name",
        "MockTableCollection.items/showTotals",
        "MockTableCollection.items/worksheet/name",
        "MockRange.address",
        "MockRange.values",
        "MockRange.numberFormat",
        "MockConditionalFormatCollection.items/id",
        "MockConditionalFormatCollection.items/customOrNullObject/rule/formula",
      ]),
    );
  });

  it.each([
    ["dd.mm.yyyy", { serial: 45702 }],
    ["[$-419]d mmmm yyyy;@", { serial: 45702 }],
    ["m/d/yyyy h:mm", { serial: 45702 }],
    ["General", 45702],
    ["0.00", 45702],
    ['#,##0 "дней"', 45702],
  ])("marks a number formatted %s as a date only when the format shows one", async (format, value) => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.put(model.sheets[0]!, 4, 3, { value: 45702, format });
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(rowOf(snapshot, "Договоры", 4, 3)[2]).toEqual(value);
  });

  it("gives an error value as the text Office.js reports, which the validation takes for an error", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.put(model.sheets[1]!, 2, 3, { value: "#REF!", format: "General" });
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(rowOf(snapshot, "Риски", 2, 3)[2]).toBe("#REF!");
  });

  it("reads a blank sheet as no rows", async () => {
    const model = ExcelModel.fromSnapshot({
      date1904: false,
      sheets: [{ name: "Лист1", state: "visible", tables: [], rows: [] }],
    });
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(snapshot.sheets).toEqual([{ name: "Лист1", state: "visible", tables: [], rows: [] }]);
  });
});
