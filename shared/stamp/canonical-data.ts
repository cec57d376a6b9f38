import { type FormDef, isTemplateLabel, valueColumns } from "../forms";
import type { DataRow, WorkbookData } from "../findings/workbook-data";

// The keys of the columns a form's stamp counts, found once per form: every workbook has the same forms.
const counted = new WeakMap<FormDef, readonly string[]>();

function countedKeys(form: FormDef): readonly string[] {
  let keys = counted.get(form);
  if (!keys) counted.set(form, (keys = valueColumns(form).flatMap((c) => (isTemplateLabel(c) ? [] : [c.key]))));
  return keys;
}

/**
 * The form data as one canonical text: forms in contract order, values in column order, parsed to codes,
 * numbers, ISO dates and booleans. So formatting, sheet names and the workbook's language do not count,
 * and every data cell does. Unreadable cells count as the text the user sees.
 * Columns are the workbook's version's own (its forms are read by `formAt`), and the version is the
 * workbook's: so a version 1 workbook's text, and its stamp, are what they were before version 2.
 */
export function canonicalData(workbook: WorkbookData): string {
  const forms = [...workbook.forms.values()]
    .map((data) => {
      const keys = countedKeys(data.form);
      return [data.form.id, keys, data.rows.map((row) => canonicalRow(row, keys))] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ version: workbook.version, forms });
}

function canonicalRow(row: DataRow, keys: readonly string[]) {
  const values: Readonly<Record<string, unknown>> = row.values;
  // Most rows are read clean: no cell to look up among the unreadable.
  if (row.unreadable.size === 0) return keys.map((key) => values[key] ?? null);
  return keys.map((key) => {
    const unreadable = row.unreadable.get(key);
    return unreadable === undefined ? (values[key] ?? null) : { text: unreadable };
  });
}
