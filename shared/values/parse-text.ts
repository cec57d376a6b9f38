import { type CellValue, errorCode, isDateCell } from "./cell-value";
import { formatIsoDate, serialToIso } from "./parse-date";
import { type Parsed, fail, ok } from "./problem";

/** A text cell: whatever the user sees, as text (a number typed as an order number stays "45"). */
export function parseText(raw: CellValue, date1904 = false): Parsed<string> {
  const error = errorCode(raw);
  if (error) return fail("error_value", { error });
  if (isDateCell(raw)) {
    const iso = serialToIso(raw.serial, date1904);
    return ok(iso ? formatIsoDate(iso) : String(raw.serial));
  }
  return ok(String(raw).trim());
}
