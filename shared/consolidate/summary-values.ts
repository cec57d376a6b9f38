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
      // Free text in a list that allows it is kept as written.
      return codesShown(column, lang).get(code) ?? code;
    }
    default:
      return value;
  }
}

/** Each list column's codes as the summary shows them, by language: made once, looked up on every row. */
const SHOWN = new WeakMap<Column, Partial<Record<WorkbookLang, ReadonlyMap<string, RowValue>>>>();

function codesShown(column: Column, lang: WorkbookLang): ReadonlyMap<string, RowValue> {
  const byLang = SHOWN.get(column) ?? {};
  SHOWN.set(column, byLang);
  return (byLang[lang] ??= shownItems(column, lang));
}

function shownItems(column: Column, lang: WorkbookLang): ReadonlyMap<string, RowValue> {
  const list = listOf(column);
  const shown = new Map<string, RowValue>();
  for (const item of list.items) {
    if (shown.has(item.code)) continue;
    // A fixed code (a direction's number) is written as the template writes it; its name stands beside it.
    shown.set(item.code, column.fixed && list.numericCodes ? Number(item.code) : displayLabel(list, item, lang));
  }
  return shown;
}

/** A detail row of a fixed form (Directions) with the names the template writes beside its codes, in `lang`. */
export function withTemplateLabels(form: FormDef, row: readonly Value[], lang: WorkbookLang): readonly Value[] {
  if (form.layout !== "fixed") return row;
  const code = row[form.columns.findIndex((c) => c.list === form.rowsFrom)];
  const item = LISTS[form.rowsFrom].items.find((i) => i.code === code);
  return form.columns.map((c, i) => (isTemplateLabel(c) ? (item?.labels[lang] ?? null) : (row[i] ?? null)));
}
