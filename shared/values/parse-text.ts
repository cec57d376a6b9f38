import { type CellValue, errorCode, isCellError, isDateCell } from "./cell-value";
import { formatIsoDate, serialToIso } from "./parse-date";
import { type Parsed, fail, ok } from "./problem";

/** What the user sees in the cell, as text: a date-formatted number as dd.mm.yyyy, an error as its code. */
export function cellText(raw: CellValue, date1904 = false): string {
  if (raw === null) return "";
  if (isCellError(raw)) return raw.error;
  if (isDateCell(raw)) {
    const iso = serialToIso(raw.serial, date1904);
    return iso ? formatIsoDate(iso) : String(raw.serial);
  }
  return String(raw).trim();
}

/** A text cell: whatever the user sees, as text (a number typed as an order number stays "45"). */
export function parseText(raw: CellValue, date1904 = false): Parsed<string> {
  const error = errorCode(raw);
  return error ? fail("error_value", { error }) : ok(cellText(raw, date1904));
}
