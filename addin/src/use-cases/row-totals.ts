import type { Column, FormDef } from "../../../shared/forms";
import { parseCell } from "../../../shared/values";

/** A computed column's value for a row's texts, as the sheet's formula sums it (blank and unreadable parts as 0). */
export function rowTotals(form: FormDef, texts: Readonly<Record<string, string>>): { column: Column; total: number }[] {
  return form.columns
    .filter((c) => c.sumOf)
    .map((column) => ({
      column,
      total: (column.sumOf ?? []).reduce((sum, key) => {
        const part = form.columns.find((c) => c.key === key);
        const parsed = part ? parseCell(part, texts[key] ?? "") : null;
        return sum + (parsed?.ok && typeof parsed.value === "number" ? parsed.value : 0);
      }, 0),
    }));
}
