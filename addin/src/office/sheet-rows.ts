import type { CellValue } from "../../../shared/values";
import { snapshotValue } from "./excel-value";
import { placeOf } from "./range-place";

/** A used range's values and number formats as the snapshot's sparse rows, from row 1 and column 1. */
export function sheetRows(
  address: string,
  values: readonly (readonly unknown[])[],
  numberFormats: readonly (readonly string[])[],
): CellValue[][] {
  const place = placeOf(address);
  const rows: CellValue[][] = [];
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      const cell = snapshotValue(value, numberFormats[r]?.[c] ?? "General");
      if (cell !== null) (rows[place.top - 1 + r] ??= [])[place.left - 1 + c] = cell;
    }),
  );
  return rows;
}
