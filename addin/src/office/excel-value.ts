import type { CellValue } from "../../../shared/values";
import { isDateFormat } from "../../../shared/xlsx/read/date-format";
import type { CellInput } from "../port/workbook-port";

/** How a date the pane writes is shown: the contract's dd.mm.yyyy. */
const DATE_FORMAT = "dd.mm.yyyy";

/** A cell as Office.js gives it (a date is a plain serial), as the snapshot has it: blank is null. */
export function snapshotValue(value: unknown, numberFormat: string): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return isDateFormat(numberFormat) ? { serial: value } : value;
  return typeof value === "boolean" ? value : String(value);
}

/**
 * A value for `range.values`. Excel reads what it is given as typed: "=..." and "+7 ..." as formulas,
 * "050340001237" as a number. A leading apostrophe keeps text as text, and Excel does not store it.
 */
export function excelValue(input: CellInput): string | number | boolean | null {
  if (typeof input === "string") return input === "" ? "" : `'${input}`;
  return input !== null && typeof input === "object" ? input.serial : input;
}

/** The number format a written value needs: a date's, else none (null leaves the cell's format). */
export function excelFormat(input: CellInput): string | null {
  return input !== null && typeof input === "object" ? DATE_FORMAT : null;
}
