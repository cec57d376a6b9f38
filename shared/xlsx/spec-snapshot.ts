import type { CellValue } from "../values/cell-value";
import type { SpecValue, WorkbookSpec } from "./workbook-spec";
import type { WorkbookSnapshot } from "./snapshot";
import { rangeRef } from "./a1";

/** What a reader sees of a workbook written from this spec, without writing it: formulas show their results. */
export function specSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  return {
    date1904: false,
    sheets: spec.sheets.map((sheet) => {
      const rows: CellValue[][] = [];
      const put = (row: number, col: number, value: SpecValue) => {
        (rows[row - 1] ??= [])[col - 1] = cellValue(value);
      };
      for (const cell of sheet.cells) put(cell.row, cell.col, cell.value);
      for (const table of sheet.tables) {
        table.headers.forEach((header, c) => put(table.top, table.left + c, header));
        table.rows.forEach((values, r) => values.forEach((v, c) => put(table.top + 1 + r, table.left + c, v)));
      }
      const tables = sheet.tables.map((t) => ({
        name: t.name,
        ref: rangeRef(t.top, t.left, t.top + Math.max(t.rows.length, 1), t.left + t.headers.length - 1),
        totalsRowCount: 0,
      }));
      return { name: sheet.name, state: sheet.state, tables, rows };
    }),
  };
}

function cellValue(value: SpecValue): CellValue {
  if (value === null || typeof value !== "object") return value === "" ? null : value;
  return value.result === "" ? null : value.result;
}
