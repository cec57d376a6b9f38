import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../../../addin/src/port/memory-workbook";
import { byPlace } from "../../support/mock-excel/excel-model";
import { describeWorkbookPort } from "./workbook-port-contract";

describeWorkbookPort("the in-memory workbook", (snapshot, options) => {
  const workbook = MemoryWorkbook.fromSnapshot(snapshot, options);
  return {
    port: workbook,
    highlighted: () => [...workbook.highlights].sort(byPlace),
    selection: () => workbook.selected,
    activeSheet: () => workbook.activeSheet,
    // The workbench types into the in-memory workbook's cells as a user would in Excel.
    userTypes: async (cell, value) => void (await workbook.writeCells([{ ...cell, value }])),
    settled: async () => undefined,
  };
});

const template = readFileSync(join(__dirname, "../../../../workbook-templates/vakr-ru.xlsx"));

describe("the in-memory workbook", () => {
  it("tells of each change with the sheet changed, until told to stop", async () => {
    const workbook = MemoryWorkbook.fromXlsx(template);
    const seen: (string | null)[] = [];
    const stop = workbook.onChanged((sheet) => seen.push(sheet));
    await workbook.writeCells([{ sheet: "Паспорт", address: "C9", value: "Астана" }]);
    await workbook.writeMeta([["stamp.hash", "0"]]);
    stop();
    await workbook.writeCells([{ sheet: "Паспорт", address: "C9", value: "Алматы" }]);
    expect(seen).toEqual(["Паспорт", "_meta"]);
  });

  it("starts empty with one blank sheet, as Excel opens a new workbook", async () => {
    const snapshot = await MemoryWorkbook.empty().readSnapshot();
    expect(snapshot.sheets).toEqual([{ name: "Sheet1", state: "visible", tables: [], rows: [] }]);
  });

  it("opens an .xlsx file through our reader", async () => {
    const workbook = MemoryWorkbook.fromXlsx(template);
    expect(Object.fromEntries((await workbook.readMeta()) ?? [])).toMatchObject({ template: "vakr", lang: "ru" });
    expect(workbook.activeSheet).toBe("Паспорт");
  });

  it("refuses bytes that are not a workbook", () => {
    expect(() => MemoryWorkbook.fromXlsx(new TextEncoder().encode("a;b\n1;2"))).toThrow(/file_not_zip/);
  });

  it("numbers the names of sheets and tables inserted twice, within Excel's 31 characters", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.insertSheets(template.toString("base64"));
    const again = await workbook.insertSheets(template.toString("base64"));
    expect(again).toMatchObject({ ok: true, sheets: expect.arrayContaining(["Договоры (2)", "_meta (2)"]) });
    const snapshot = await workbook.readSnapshot();
    const names = snapshot.sheets.map((s) => s.name);
    expect(names.every((name) => name.length <= 31)).toBe(true);
    expect(names).toContain("Коррупционные риски (2)");
    expect(snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(
      expect.arrayContaining(["Meta", "Meta2"]),
    );
  });
});
