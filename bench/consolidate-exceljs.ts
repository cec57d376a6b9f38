import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { laps } from "./measure";

/** The forms' tables whose rows the summary gathers, and the summary's table for each. */
const DETAILS = [
  ["Staffing", "AllStaffing"],
  ["Conflicts", "AllConflicts"],
  ["Services", "AllServices"],
  ["Contracts", "AllContracts"],
  ["Risks", "AllRisks"],
] as const;
const ORG_COLUMNS = ["BIN", "Organization", "Type", "Region", "District", ...DETAILS.map(([id]) => id), "Amount"];

type Plain = string | number | boolean | Date | null;

interface Gathered {
  headers: string[];
  rows: Plain[][];
}

/**
 * The consolidation a developer writes first with exceljs: load every workbook whole, take the rows
 * of each form's table by its name, build the summary's tables in memory, `writeBuffer`. No
 * validation, and only the `Orgs` and `All*` tables: less than ours does. Returns its phases in ms.
 */
export async function exceljsPipeline(paths: readonly string[], out: string): Promise<Record<string, number>> {
  const phases = { "load (xlsx.readFile)": 0, "pick rows": 0, "build tables": 0, "writeBuffer + file": 0 };
  const gathered = new Map<string, Gathered>(DETAILS.map(([id]) => [id, { headers: [], rows: [] }]));
  const orgs: Plain[][] = [];
  const since = laps();
  const phase = (name: keyof typeof phases) => (phases[name] += since());

  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    phase("load (xlsx.readFile)");
    const tables = tablesByName(workbook);
    const passport = new Map((tables.get("Passport")?.rows ?? []).map((r) => [String(r[0]), r[2] ?? null]));
    const bin = passport.get("bin") ?? null;
    const name = passport.get("org_name_ru") || passport.get("org_name_kk") || null;
    const counts: number[] = [];
    let amount = 0;
    for (const [id] of DETAILS) {
      const table = tables.get(id);
      const into = gathered.get(id) as Gathered;
      if (into.headers.length === 0 && table) into.headers = ["BIN", "Organization", ...table.headers];
      const rows = table?.rows ?? [];
      for (const row of rows) into.rows.push([bin, name, ...row]);
      counts.push(rows.length);
      if (id === "Contracts") for (const row of rows) amount += typeof row[7] === "number" ? row[7] : 0;
    }
    orgs.push([
      bin,
      name,
      passport.get("org_type") ?? null,
      passport.get("region") ?? null,
      passport.get("district") ?? null,
      ...counts,
      amount,
    ]);
    phase("pick rows");
  }

  const summary = new ExcelJS.Workbook();
  addTable(summary, "Orgs", ORG_COLUMNS, orgs);
  for (const [id, table] of DETAILS) {
    const { headers, rows } = gathered.get(id) as Gathered;
    addTable(summary, table, headers, rows);
  }
  phase("build tables");
  await writeFile(out, new Uint8Array((await summary.xlsx.writeBuffer()) as ArrayBuffer));
  phase("writeBuffer + file");
  return phases;
}

/** Every table of the workbook: its header names and the rows below them that hold anything. */
function tablesByName(workbook: ExcelJS.Workbook): Map<string, Gathered> {
  const tables = new Map<string, Gathered>();
  for (const sheet of workbook.worksheets) {
    // exceljs types getTables() oddly; at run time each is a Table whose model holds name and range.
    for (const { table } of sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]) {
      const [from = "", to = ""] = table.tableRef.split(":");
      const [first, last] = [sheet.getCell(from).fullAddress, sheet.getCell(to).fullAddress];
      const cols = Array.from({ length: last.col - first.col + 1 }, (_, i) => first.col + i);
      const headers = cols.map((c) => String(plain(sheet.getCell(first.row, c).value)));
      const rows: Plain[][] = [];
      for (let r = first.row + 1; r <= last.row; r++) {
        const row = cols.map((c) => plain(sheet.getCell(r, c).value));
        if (row.some((v) => v !== null && v !== "")) rows.push(row);
      }
      tables.set(table.name, { headers, rows });
    }
  }
  return tables;
}

function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) return value ?? null;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  return value.result === undefined ? null : plain(value.result);
}

function addTable(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: Plain[][]): void {
  workbook.addWorksheet(name).addTable({
    name,
    ref: "A1",
    headerRow: true,
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
  });
}
