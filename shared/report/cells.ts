import { type Column, columnOf, displayLabel, type FormDef, listOf } from "../forms";
import type { Value } from "../consolidate/org-unit";
import type { TableColumn } from "../docx/document-spec";
import type { WorkbookLang } from "../i18n/lang";
import { formatDate, formatFigure } from "./format";

/** The `№` column tables of the documents start with. */
export const NUMBER_COLUMN: TableColumn = { header: "№", width: 5, align: "center" };

/** A figure of a row, blank as zero: totals count what is there. */
export const num = (value: unknown) => (typeof value === "number" ? value : 0);

/** One row of a form by column key. */
export type RowRecord = Readonly<Record<string, Value>>;

/** A unit's detail rows (value arrays in the form's column order) by column key. */
export function records(
  details: Readonly<Record<string, readonly (readonly Value[])[]>>,
  table: string,
  form: FormDef,
): RowRecord[] {
  return (details[table] ?? []).map((row) => Object.fromEntries(form.columns.map((c, i) => [c.key, row[i] ?? null])));
}

/** A column's header in the document's language. */
export const labelOf = (form: FormDef, key: string, lang: WorkbookLang) => columnOf(form, key).labels[lang];

/** A clean value as a document shows it: dates `dd.mm.yyyy`, figures with a decimal comma, list items by label. */
export function cellText(column: Column, value: Value | undefined, lang: WorkbookLang): string {
  if (value === null || value === undefined) return "";
  if (column.type === "date" && typeof value === "string") return formatDate(value);
  if (typeof value === "number") return formatFigure(value);
  if (column.type === "list" || column.type === "yesNo") {
    const code = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
    const list = listOf(column);
    const item = list.items.find((i) => i.code === code);
    // Free text in a list that allows it is shown as written; a direction by its label without its number.
    return item ? (column.list === "direction" ? item.labels[lang] : displayLabel(list, item, lang)) : code;
  }
  return String(value);
}

/** A row's cell as text, by key. */
export const textOf = (form: FormDef, row: RowRecord, key: string, lang: WorkbookLang) =>
  cellText(columnOf(form, key), row[key], lang);
