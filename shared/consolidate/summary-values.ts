import { type Column, displayLabel, type FormDef, isTemplateLabel, LISTS, listOf } from "../forms";
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
      // A fixed code (a direction's number) is written as the template writes it; its name stands beside it.
      if (item && column.fixed && list.numericCodes) return Number(item.code);
      // Free text in a list that allows it is kept as written.
      return item ? displayLabel(list, item, lang) : code;
    }
    default:
      return value;
  }
}

/** A detail row of a fixed form (Directions) with the names the template writes beside its codes, in `lang`. */
export function withTemplateLabels(form: FormDef, row: readonly Value[], lang: WorkbookLang): readonly Value[] {
  if (form.layout !== "fixed") return row;
  const code = row[form.columns.findIndex((c) => c.list === form.rowsFrom)];
  const item = LISTS[form.rowsFrom].items.find((i) => i.code === code);
  return form.columns.map((c, i) => (isTemplateLabel(c) ? (item?.labels[lang] ?? null) : (row[i] ?? null)));
}
