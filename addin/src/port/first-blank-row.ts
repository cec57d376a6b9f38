import { type CellValue, isBlank } from "../../../shared/values";

/** The index of the first row whose cells are all blank (a row the template prepared); -1 when every row holds data. */
export function firstBlankRow(rows: readonly (readonly CellValue[])[]): number {
  return rows.findIndex((row) => row.every(isBlank));
}
