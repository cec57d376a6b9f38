import type { CellValue } from "../../../shared/values";
import { type SheetSnapshot, type TableRef, rangeRef } from "../../../shared/xlsx";
import { parseRangeRef, type Rect } from "./range-ref";

/** A sheet of the in-memory workbook: values only, as the snapshot has them, and changeable. */
export interface MemorySheet {
  name: string;
  readonly state: SheetSnapshot["state"];
  readonly tables: TableRef[];
  /** `rows[r - 1][c - 1]`, sparse: a missing row or cell is blank. */
  readonly rows: CellValue[][];
}

export function memorySheet(sheet: SheetSnapshot): MemorySheet {
  return {
    name: sheet.name,
    state: sheet.state,
    tables: sheet.tables.map((t) => ({ ...t })),
    rows: sheet.rows.map((row) => [...(row ?? [])]),
  };
}

function cellOf(sheet: MemorySheet, row: number, col: number): CellValue {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

export function setCell(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
  (sheet.rows[row - 1] ??= [])[col - 1] = value;
}

/** A table's body rows (no header, no totals row), each as wide as the table. */
export function tableBody(sheet: MemorySheet, table: TableRef): CellValue[][] {
  const rect = tableRect(table);
  const rows: CellValue[][] = [];
  for (let r = rect.top + 1; r <= rect.bottom - table.totalsRowCount; r++) {
    const row: CellValue[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cellOf(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

/** A table's place: Excel and our reader give refs that parse, so one that does not is a fault. */
export function tableRect(table: TableRef): Rect {
  const rect = parseRangeRef(table.ref);
  if (!rect) throw new Error(`table ${table.name} has no range: ${table.ref}`);
  return rect;
}

/**
 * Inserts `count` rows at the bottom of a table's body, as Excel does when a table grows: the cells below
 * in the table's columns move down, with any table standing there, and a totals row stays last.
 */
export function growTable(sheet: MemorySheet, table: TableRef, count: number): void {
  const rect = tableRect(table);
  const at = rect.bottom - table.totalsRowCount + 1;
  for (let r = sheet.rows.length; r >= at; r--)
    for (let c = rect.left; c <= rect.right; c++) setCell(sheet, r + count, c, cellOf(sheet, r, c));
  for (let r = at; r < at + count; r++) for (let c = rect.left; c <= rect.right; c++) setCell(sheet, r, c, null);
  for (const [i, other] of sheet.tables.entries()) {
    const place = tableRect(other);
    const below = place.top >= at && place.left <= rect.right && place.right >= rect.left;
    const grown = other === table ? { ...place, bottom: place.bottom + count } : place;
    const moved = below ? { ...place, top: place.top + count, bottom: place.bottom + count } : grown;
    sheet.tables[i] = { ...other, ref: rangeRef(moved.top, moved.left, moved.bottom, moved.right) };
  }
}
