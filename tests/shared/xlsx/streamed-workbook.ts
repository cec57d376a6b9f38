import type { CellValue } from "../../../shared/values/cell-value";
import type { SheetSpec, TableSpec, WorkbookSpec } from "../../../shared/xlsx/workbook-spec";
import type { RowSink, RowValue } from "../../../shared/xlsx/write-streamed-xlsx";

/** A summary-like workbook and its rows, shared by the tests and by write-in-zone.ts. */

export const DATE = new Date("2026-03-01T00:00:00Z");
export const HEADERS = ["Date", "Amount", "Text", "Done"];

/** A summary's sheet: a title and a note above the streamed table, dates and amounts formatted, a data bar. */
export function streamedSheet(name: string, table: string, overrides: Partial<TableSpec> = {}): SheetSpec {
  return {
    name,
    state: "visible",
    columns: HEADERS.map(() => ({ width: 14 })),
    cells: [
      { row: 1, col: 1, value: `${name}: all organizations`, style: { bold: true, size: 14 } },
      { row: 2, col: 1, value: "Streamed", style: { italic: true } },
    ],
    tables: [
      {
        name: table,
        top: 3,
        left: 1,
        headers: HEADERS,
        rows: [],
        streamed: true,
        columnStyles: [{ numFmt: "dd.mm.yyyy" }, { numFmt: "#,##0.00" }, { wrap: true }, undefined],
        ...overrides,
      },
    ],
    formats: [{ range: "A3:D3", style: { bold: true } }],
    validations: [],
    frozenRows: 3,
    dataBars: [{ table, column: 1, color: "FF638EC6" }],
  };
}

export const spec: WorkbookSpec = {
  title: "Summary",
  date: DATE,
  sheets: [
    streamedSheet("Contracts", "AllContracts"),
    streamedSheet("Risks", "AllRisks"),
    streamedSheet("Services", "AllServices"),
    {
      name: "_meta",
      state: "hidden",
      columns: [{ width: 10 }, { width: 10 }],
      cells: [],
      tables: [{ name: "Meta", top: 1, left: 1, headers: ["key", "value"], rows: [["template", "summary"]] }],
      formats: [],
      validations: [],
    },
  ],
};

/** Text a reader must give back as the same text, never as a formula, a number or decoded escapes. */
export const TEXTS = [
  '=HYPERLINK("http://x","y")',
  "+7 777 123 45 67",
  "00123",
  "1e5",
  "TRUE",
  "#N/A",
  "a literal _x000D_ and _x005F_ and _x00e9_",
  "line\r\nbreak\rand\nfeed",
  "control \u0000\u0001\u0008\u000B\u000C\u000E\u001F\t end",
  "not characters \uFFFE\uFFFF, lone \uD800 and \uDC00 surrogates",
  "әғқңөұүһі ӘҒҚҢӨҰҮҺІ",
  "emoji 😀👍🏽🇰🇿",
  "  spaces kept  ",
  "<tag> & \"quotes\" 'single'",
];

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Rows of one table: a date, an amount, a text, a yes/no, with gaps. */
export function rowsOf(table: string, count: number): RowValue[][] {
  return Array.from({ length: count }, (_, i) => [
    i % 7 === 6 ? null : serial("2025-01-01") + i,
    i % 5 === 4 ? null : Math.round(i * 1234.567) / 100,
    TEXTS[i % TEXTS.length] ?? null,
    i % 3 === 0 ? null : i % 2 === 0,
  ]).map((row, i) => (i === 0 ? [row[0] ?? null, row[1] ?? null, `${table} first`, row[3] ?? null] : row));
}

/** What our reader should see of a row written. */
export function readAs(row: readonly RowValue[]): CellValue[] {
  return row.map((value, c) => (c === 0 && typeof value === "number" ? { serial: value } : value));
}

export const TABLES = { AllContracts: rowsOf("AllContracts", 60), AllRisks: rowsOf("AllRisks", 25), AllServices: [] };

/** The three tables' rows taking turns unevenly, as organizations' details arrive. */
export function interleaved(sink: RowSink): void {
  const next = { AllContracts: 0, AllRisks: 0 };
  for (let turn = 0; next.AllContracts < 60 || next.AllRisks < 25; turn++) {
    const table =
      turn % 3 === 2 && next.AllRisks < 25 ? "AllRisks" : next.AllContracts < 60 ? "AllContracts" : "AllRisks";
    sink.append(table, TABLES[table][next[table]++] as RowValue[]);
  }
}
