import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { SheetSpec, TableSpec, WorkbookSpec } from "../../../shared/xlsx/workbook-spec";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { openpyxlView } from "../../readers/independent-readers";
import { itInOtherPrograms } from "../../support/other-programs";

const sheet: SheetSpec = {
  name: "Organizations",
  state: "visible",
  columns: [{ width: 30 }, { width: 14 }, { width: 14 }],
  cells: [{ row: 1, col: 1, value: "Organizations" }],
  tables: [
    {
      name: "Orgs",
      top: 3,
      left: 1,
      headers: ["Name", "Signed", "Amount"],
      rows: [
        ["School 1", 45_000, 1_500.5],
        ["School 2", 45_100, 250],
      ],
      columnStyles: [undefined, { numFmt: "dd.mm.yyyy" }, { numFmt: "#,##0.00", border: true }],
    },
  ],
  formats: [],
  validations: [{ range: "C4:C5", rule: { type: "decimal", min: 0 } }],
  dataBars: [{ table: "Orgs", column: 2, color: "FF70AD47" }],
};
const spec: WorkbookSpec = { title: "Test", date: new Date("2026-01-01T00:00:00Z"), sheets: [sheet] };

const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"] ?? new Uint8Array());

describe("writeXlsx", () => {
  itInOtherPrograms(
    "styles every data cell of a table's column, and openpyxl sees the formats and the data bar",
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), "adal-write-")), "orgs.xlsx");
      writeFileSync(file, await writeXlsx(spec));
      const view = openpyxlView(file, ["A4", "B4", "C5"]).sheets[0];
      expect(view?.tables).toEqual({ Orgs: "A3:C5" });
      expect(view?.cells).toEqual({
        A4: { value: "School 1", format: "General" },
        B4: { value: "2023-03-15T00:00:00", format: "dd.mm.yyyy" },
        C5: { value: 250, format: "#,##0.00" },
      });
      expect(view?.conditionalFormats).toEqual([{ sqref: "C4:C5", type: "dataBar", color: "FF70AD47" }]);
    },
  );

  it("writes data bars as Excel 2007 did, without exceljs's random extension ids: the same spec, the same bytes", async () => {
    const bytes = await writeXlsx(spec);
    expect(Buffer.from(await writeXlsx(spec)).equals(Buffer.from(bytes))).toBe(true);
    expect(sheetXml(bytes)).toContain(
      '</sheetData><conditionalFormatting sqref="C4:C5"><cfRule type="dataBar" priority="1"><dataBar>' +
        '<cfvo type="min"/><cfvo type="max"/><color rgb="FF70AD47"/></dataBar></cfRule></conditionalFormatting>' +
        "<dataValidations",
    );
    expect(sheetXml(bytes)).not.toContain("extLst");
  });

  it("refuses a data bar on a column the table does not have", async () => {
    const wrong = { ...spec, sheets: [{ ...sheet, dataBars: [{ table: "Orgs", column: 3, color: "FF70AD47" }] }] };
    await expect(writeXlsx(wrong)).rejects.toThrow("a data bar on column 3 of no table Orgs");
  });

  it("gives a streamed table one prototype row of empty cells in its columns' styles", async () => {
    const table = sheet.tables[0] as TableSpec;
    const streamed = { ...spec, sheets: [{ ...sheet, tables: [{ ...table, rows: [], streamed: true }] }] };
    const xml = sheetXml(await writeXlsx(streamed));
    expect(xml).toMatch(/<row r="4"[^>]*><c r="B4" s="\d+"\/><c r="C4" s="\d+"\/><\/row><\/sheetData>/);
    expect(xml).toContain('<conditionalFormatting sqref="C4:C4">');
  });
});
