import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../../../shared/values/cell-value";
import { validateBytes } from "../../../shared/validation";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import { cellAt, type WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { parseCellRef } from "../../../shared/xlsx/a1";
import { libreOfficeResave } from "../../readers/independent-readers";

const TEMPLATE = join(__dirname, "../../../workbook-templates/vakr-ru.xlsx");
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** What another program types into the forms, and what our reader must see there. */
const FILLS: {
  table: string;
  cell: string;
  value: string | number;
  type: "text" | "number" | "date";
  read: CellValue;
}[] = [
  { table: "Passport", cell: "C4", value: "ГУ «Средняя школа №1»", type: "text", read: "ГУ «Средняя школа №1»" },
  { table: "Passport", cell: "C6", value: "050340001237", type: "text", read: "050340001237" },
  { table: "Passport", cell: "C12", value: "2024-01-01", type: "date", read: { serial: serial("2024-01-01") } },
  { table: "Staffing", cell: "B4", value: "Директор", type: "text", read: "Директор" },
  { table: "Staffing", cell: "D4", value: 1.5, type: "number", read: 1.5 },
  { table: "Contracts", cell: "C4", value: "2024-03-15", type: "date", read: { serial: serial("2024-03-15") } },
  { table: "Contracts", cell: "E4", value: "980540000123", type: "text", read: "980540000123" },
  { table: "Contracts", cell: "H4", value: 193632.6, type: "number", read: 193632.6 },
  { table: "Risks", cell: "C4", value: "Жұмыс кітабы: тәуекел", type: "text", read: "Жұмыс кітабы: тәуекел" },
];

function read(file: string): WorkbookSnapshot {
  const result = readWorkbook(readFileSync(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.fault)}`);
  return result.snapshot;
}

function filledValues(book: WorkbookSnapshot): CellValue[] {
  return FILLS.map(({ table, cell }) => {
    const sheet = book.sheets.find((s) => s.tables.some((t) => t.name === table));
    const at = parseCellRef(cell);
    return sheet && at ? cellAt(sheet, at.row, at.col) : "no such sheet";
  });
}

const tablesOf = (book: WorkbookSnapshot) =>
  book.sheets.map((s) => [s.name, s.state, s.tables.map((t) => `${t.name} ${t.ref} ${t.totalsRowCount}`)]);

describe("a template filled and saved by other programs", () => {
  const dir = mkdtempSync(join(tmpdir(), "adal-other-programs-"));
  const byOpenpyxl = join(dir, "filled.xlsx");
  writeFileSync(join(dir, "fills.json"), JSON.stringify(FILLS));
  execFileSync("/usr/bin/python3", [
    join(__dirname, "../../readers/fill_template.py"),
    TEMPLATE,
    byOpenpyxl,
    join(dir, "fills.json"),
  ]);
  const byLibreOffice = libreOfficeResave(byOpenpyxl);
  const template = read(TEMPLATE);
  const openpyxl = read(byOpenpyxl);
  const libreOffice = read(byLibreOffice);

  it("reads openpyxl's file (inline strings, absolute part names): its tables and the values typed", () => {
    expect(tablesOf(openpyxl)).toEqual(tablesOf(template));
    expect(filledValues(openpyxl)).toEqual(FILLS.map((f) => f.read));
  });

  it("reads the same after LibreOffice saved it again", () => {
    expect(tablesOf(libreOffice)).toEqual(tablesOf(template));
    expect(filledValues(libreOffice)).toEqual(FILLS.map((f) => f.read));
  });

  it("reads every cell of every sheet the same from all three programs' files, but the cells filled", () => {
    const filled = new Set(FILLS.map((f) => `${f.table} ${f.cell}`));
    const cells = (book: WorkbookSnapshot) =>
      book.sheets.flatMap((sheet) =>
        sheet.rows.flatMap((row, r) =>
          (row ?? []).flatMap((value, c) => {
            const table = sheet.tables[0]?.name ?? sheet.name;
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            return value === null || filled.has(`${table} ${ref}`)
              ? []
              : [`${sheet.name}!${ref}=${JSON.stringify(value)}`];
          }),
        ),
      );
    const expected = cells(template);
    expect(cells(openpyxl)).toEqual(expected);
    expect(cells(libreOffice)).toEqual(expected);
  });

  it("validates to the same findings from openpyxl's and LibreOffice's files", async () => {
    const findings = async (file: string) =>
      (await validateBytes(readFileSync(file))).findings.map((f) => [f.sheet, f.cell, f.code]);
    const fromOpenpyxl = await findings(byOpenpyxl);
    expect(fromOpenpyxl).toContainEqual(["Паспорт", "C6", "id_bad_checksum"]);
    expect(await findings(byLibreOffice)).toEqual(fromOpenpyxl);
  });
});
