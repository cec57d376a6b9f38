import { type Column, listOf } from "../forms/column";
import { type CellValue, isBlank, isDateCell } from "./cell-value";
import { parseIdNumber } from "./id-number";
import { parseEmail, parsePhone, parseUrl } from "./parse-contact";
import { parseDate } from "./parse-date";
import { parseListItem } from "./parse-list-item";
import { parseNumber } from "./parse-number";
import { cellText, parseText } from "./parse-text";
import { parseYesNo } from "./parse-yes-no";
import { type Parsed, ok } from "./problem";

export type CleanValue = string | number | boolean;

// Most of a table's cells are blank: they share one outcome.
const BLANK: Parsed<null> = ok(null);

export interface ParseContext {
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** One cell of a column: null when blank, else the typed value or the problem. Required-ness is the rules' job. */
export function parseCell(
  column: Column,
  raw: CellValue,
  context: ParseContext = { date1904: false },
): Parsed<CleanValue | null> {
  if (isBlank(raw)) return BLANK;
  // A date-formatted number outside a date column is what the user sees there: a date, as text.
  const value = isDateCell(raw) && column.type !== "date" ? cellText(raw, context.date1904) : raw;
  switch (column.type) {
    case "rowNo":
    case "integer":
      return parseNumber(value, { integer: true, min: column.min });
    case "decimal":
      return parseNumber(value, { decimals: column.decimals, min: column.min });
    case "amount":
      return parseNumber(value, { decimals: column.decimals, min: column.min, tenge: true });
    case "date":
      return parseDate(value, context.date1904);
    case "yesNo":
      return parseYesNo(value);
    case "list":
      return parseListItem(value, listOf(column));
    case "bin":
    case "binOrIin":
      return parseIdNumber(value, column.type);
    case "email":
      return parseEmail(value);
    case "phone":
      return parsePhone(value);
    case "url":
      return parseUrl(value);
    case "text":
      return parseText(value, context.date1904);
  }
}
