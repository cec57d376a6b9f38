import { type Column, listOf } from "../forms/column";
import { type CellValue, isBlank } from "./cell-value";
import { parseIdNumber } from "./id-number";
import { parseEmail, parsePhone, parseUrl } from "./parse-contact";
import { parseDate } from "./parse-date";
import { parseListItem } from "./parse-list-item";
import { parseNumber } from "./parse-number";
import { parseText } from "./parse-text";
import { parseYesNo } from "./parse-yes-no";
import { type Parsed, ok } from "./problem";

export type CleanValue = string | number | boolean;

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
  if (isBlank(raw)) return ok(null);
  switch (column.type) {
    case "rowNo":
    case "integer":
      return parseNumber(raw, { integer: true, min: column.min });
    case "decimal":
    case "amount":
      return parseNumber(raw, { decimals: column.decimals, min: column.min });
    case "date":
      return parseDate(raw, context.date1904);
    case "yesNo":
      return parseYesNo(raw);
    case "list":
      return parseListItem(raw, listOf(column));
    case "bin":
    case "binOrIin":
      return parseIdNumber(raw, column.type);
    case "email":
      return parseEmail(raw);
    case "phone":
      return parsePhone(raw);
    case "url":
      return parseUrl(raw);
    case "text":
      return parseText(raw, context.date1904);
  }
}
