import { type CellValue, isBlank } from "../../../shared/values";

/** The index of the first row whose cells are all blank (a row the template prepared); -1 when every row holds data. */
export function firstBlankRow(rows: readonly (readonly CellValue[])[]): number {
  return rows.findIndex((row) => row.every(isBlank));
}

/** How many rows up to the last one that holds something: where rows appended after the data go. */
export function rowsInUse(rows: readonly (readonly CellValue[])[]): number {
  for (let i = rows.length - 1; i >= 0; i--) if (!rows[i]!.every(isBlank)) return i + 1;
  return 0;
}
