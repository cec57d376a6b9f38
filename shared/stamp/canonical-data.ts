import { isTemplateLabel, valueColumns } from "../forms";
import type { WorkbookData } from "../findings/workbook-data";

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
      const columns = valueColumns(data.form).filter((c) => !isTemplateLabel(c));
      const rows = data.rows.map((row) =>
        columns.map((c) => {
          const unreadable = row.unreadable.get(c.key);
          return unreadable === undefined ? (row.values[c.key] ?? null) : { text: unreadable };
        }),
      );
      return [data.form.id, columns.map((c) => c.key), rows] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ version: workbook.version, forms });
}
