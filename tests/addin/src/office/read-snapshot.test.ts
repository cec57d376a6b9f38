import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import { validateSnapshot } from "../../../../shared/validation";
import { readWorkbook } from "../../../../shared/xlsx/read-workbook";
import { specSnapshot } from "../../../../shared/xlsx/spec-snapshot";
import { filledSpec } from "../../../../workbook-templates/src/filled-spec";
import { VALID_ENTRIES } from "../../../support/valid-entries";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";
import { FIXTURE, rowOf } from "../../support/port-fixture";

function template() {
  const read = readWorkbook(readFileSync(join(__dirname, "../../../../workbook-templates/vakr-kk.xlsx")));
  if (!read.ok) throw new Error(read.fault.code);
  return read.snapshot;
}

describe("reading the workbook through Office.js", () => {
  it("takes three syncs for a template's nine sheets and eight tables", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(template()));
    const snapshot = await new OfficeWorkbook(host).readSnapshot();
    expect(snapshot.sheets).toHaveLength(9);
    expect(snapshot.sheets.flatMap((s) => s.tables)).toHaveLength(8);
    expect(host.lastSyncs).toBe(3);
  });

  it("reads a workbook of 20,000 contracts in slices within Excel on the web's 5 MB, and it validates", async () => {
    const contract = VALID_ENTRIES.Contracts![0]!;
    const contracts = Array.from({ length: 20_000 }, (_, i) => ({
      ...contract,
      no: i + 1,
      contract_no: `${i + 1}/25`,
    }));
    const snapshot = specSnapshot(filledSpec("vakr", "ru", { ...VALID_ENTRIES, Contracts: contracts }));
    const host = new MockHost(ExcelModel.fromSnapshot(snapshot));
    const read = await new OfficeWorkbook(host).readSnapshot();
    expect(rowOf(read, "Договоры", 20_003, 2)).toEqual([20_000, "20000/25"]);
    const report = await validateSnapshot(read);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(host.lastSyncs).toBeGreaterThan(3);
  });

  it("halves a slice whose cells are too long for one response, and reads them all", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.payloadLimit = 200_000;
    const long = "риск ".repeat(200);
    for (let row = 10; row < 400; row++) model.put(model.sheets[1]!, row, 2, { value: long, format: "General" });
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(rowOf(snapshot, "Риски", 399, 2)).toEqual([null, long]);
  });

  it("says a request too large for Excel on the web is too large, rather than failing without a word", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.payloadLimit = 1000;
    model.put(model.sheets[1]!, 2, 2, { value: "x".repeat(2000), format: "General" });
    await expect(new OfficeWorkbook(new MockHost(model)).readSnapshot()).rejects.toMatchObject({ reason: "too_large" });
  });

  it("reads dates of a 1904 workbook as such, asking Excel through the DATE function", async () => {
    const model = ExcelModel.fromSnapshot({ ...FIXTURE, date1904: true });
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(snapshot.date1904).toBe(true);
    expect((await new OfficeWorkbook(new MockHost(ExcelModel.fromSnapshot(FIXTURE))).readSnapshot()).date1904).toBe(
      false,
    );
  });

  it("reads the values though a rule of the user's cannot be read", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.addUserRule("Договоры", "CellValue", "", "A4:A7").unreadable = true;
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(rowOf(snapshot, "Договоры", 4, 2)).toEqual([1, "12-К"]);
  });

  it("loads names, states, tables, the date system, used values with their types and number formats: nothing else", async () => {
    const host = new MockHost(ExcelModel.fromSnapshot(FIXTURE));
    await new OfficeWorkbook(host).readSnapshot();
    expect(new Set(host.runs[0]!.loads)).toEqual(
      new Set([
        "MockWorksheetCollection.items/name",
        "MockWorksheetCollection.items/visibility",
        "MockTableCollection.items/name",
        "MockTableCollection.items/showTotals",
        "MockTableCollection.items/worksheet/name",
        "MockRange.address",
        "MockRange.values",
        "MockRange.numberFormat",
        "MockRange.valueTypes",
        "MockFunctionResult.value",
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

  it("gives an error value as an error, whatever the display language calls it", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE);
    model.put(model.sheets[1]!, 2, 3, { value: "#ЗНАЧ!", format: "General", error: true });
    const snapshot = await new OfficeWorkbook(new MockHost(model)).readSnapshot();
    expect(rowOf(snapshot, "Риски", 2, 3)[2]).toEqual({ error: "#ЗНАЧ!" });
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
