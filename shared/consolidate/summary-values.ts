import { type Column, displayLabel, listOf } from "../forms";
import type { WorkbookLang } from "../i18n/lang";
import { isoToSerial } from "../values";
import type { RowValue } from "../xlsx/write-streamed-xlsx";
import type { Value } from "./org-unit";

/**
 * A clean value as the summary shows it: dates as serials (formatted by the column), list items and
 * yes/no as labels in the summary's language, so a region reads them back to the same codes.
 */
export function shownValue(column: Column, value: Value, lang: WorkbookLang): RowValue {
  if (value === null) return null;
  switch (column.type) {
    case "date":
      return typeof value === "string" ? isoToSerial(value) : value;
    case "yesNo":
    case "list": {
      const code = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
      const list = listOf(column);
      const item = list.items.find((i) => i.code === code);
      // Free text in a list that allows it is kept as written.
      return item ? displayLabel(list, item, lang) : code;
    }
    default:
      return value;
  }
}
