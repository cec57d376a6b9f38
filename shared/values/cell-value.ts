/**
 * A cell as a workbook holds it, whichever program wrote it: what our reader and Office.js both give.
 * Dates are serial numbers; a number whose format is a date is marked so text columns can show it as one.
 */
export type CellValue = string | number | boolean | null | CellError | DateCell;

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/** A number formatted as a date: a serial in the workbook's date system. */
export interface DateCell {
  readonly serial: number;
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function isDateCell(value: CellValue): value is DateCell {
  return typeof value === "object" && value !== null && "serial" in value;
}

/** Office.js reports error cells as their text; both shapes count as errors. */
export function errorCode(value: CellValue): string | null {
  if (isCellError(value)) return value.error;
  // Most text holds no `#`: it is no error, and needs no trimming to say so.
  if (typeof value === "string" && value.includes("#") && ERROR_TEXT.test(value.trim())) return value.trim();
  return null;
}

/** Spaces Excel users type, paste from Word, or get from a Russian locale as thousands separators. */
export const SPACES = /[\s\u00A0\u2007\u2009\u202F]+/g;

const ONLY_SPACES = /^[\s\u00A0\u2007\u2009\u202F]*$/;

/** Empty, or only spaces: not a value. */
export function isBlank(value: CellValue): boolean {
  if (typeof value !== "string") return value === null;
  // Most filled cells start with a letter or digit: no space of any kind lies below U+00A0 but these.
  const first = value.charCodeAt(0);
  return !(first > 0x20 && first < 0xa0) && ONLY_SPACES.test(value);
}
