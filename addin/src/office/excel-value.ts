import type { CellValue } from "../../../shared/values";
import { isDateFormat } from "../../../shared/xlsx";
import type { CellInput } from "../port/workbook-port";

/** How a date the pane writes is shown: the contract's dd.mm.yyyy. */
const DATE_FORMAT = "dd.mm.yyyy";

/** Excel's Text number format: a cell formatted so keeps what it is given as text. */
export const TEXT_FORMAT = "@";

/**
 * A cell as Office.js gives it, with its `valueTypes` entry, as the snapshot has it: blank is null, a date
 * a plain serial marked by its format, and an error an error whatever the display language calls it.
 */
export function snapshotValue(value: unknown, numberFormat: string, valueType?: string): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "number") return isDateFormat(numberFormat) ? { serial: value } : value;
  return typeof value === "boolean" ? value : String(value);
}

/**
 * A value for `range.values`: text as it is (never with an apostrophe, which a Text cell would keep), a date
 * as its serial in the workbook's date system.
 */
export function excelValue(input: CellInput, date1904 = false): string | number | boolean | null {
  if (input !== null && typeof input === "object") return date1904 ? input.serial - DAYS_1900_TO_1904 : input.serial;
  return input;
}

/**
 * The number format a written value needs before it is written: a date's, Text for text Excel would
 * otherwise read as a formula, number, percentage, date, time or boolean; else none (null leaves the cell's).
 */
export function excelFormat(input: CellInput): string | null {
  if (input !== null && typeof input === "object") return DATE_FORMAT;
  return typeof input === "string" && excelWouldConvert(input) ? TEXT_FORMAT : null;
}

/** 1 January 1904 as a serial of the 1900 date system: what the two systems differ by. */
export const DAYS_1900_TO_1904 = 1462;

// A formula's or constant's sign, or the apostrophe Excel takes for its quote prefix; only digits and what numbers, dates, times, fractions, currencies and
// percentages are written with, around a digit; a day or year beside a month's name ("1 Jan", "мар 25");
// a boolean in English, Russian or Kazakh Excel.
const CONVERTIBLE = [
  /^[=+\-@']/,
  /^[\s\d.,:/\\%()$€₸£¥e-]*\d[\s\d.,:/\\%()$€₸£¥e-]*$/i,
  /^\s*\d{1,2}[\s./-]*\p{L}{3,}\.?([\s./-]*\d{2,4})?\s*$/u,
  /^\s*\p{L}{3,}\.?[\s./-]*\d{1,4}\s*$/u,
  /^\s*(true|false|истина|ложь|ақиқат|жалған)\s*$/i,
];

/** Whether Excel would turn typed text into something else; erring towards yes only formats a cell as Text. */
export function excelWouldConvert(text: string): boolean {
  return CONVERTIBLE.some((pattern) => pattern.test(text));
}
