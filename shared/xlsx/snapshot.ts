import type { CellValue } from "../values/cell-value";

/**
 * What validation needs of a workbook, as plain data: its sheets, their tables and cell values.
 * Our reader of .xlsx files and the task pane's Office.js adapter both produce it.
 */
export interface WorkbookSnapshot {
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly sheets: readonly SheetSnapshot[];
}

export interface SheetSnapshot {
  /** As named in the file: users rename sheets. */
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly tables: readonly TableRef[];
  /** `rows[r - 1][c - 1]` is the cell in row r, column c (1-based); a missing row or cell is blank. */
  readonly rows: readonly (readonly CellValue[] | undefined)[];
}

export interface TableRef {
  /** The Excel table's name: a form's identity. */
  readonly name: string;
  /** Its range with the header row, e.g. `A3:J303`. */
  readonly ref: string;
  /** 1 when the table shows a totals row at its bottom (not data), else 0. */
  readonly totalsRowCount: number;
}

/** The cell at row, column (1-based); null when blank. */
export function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}
