import { conflicts, contracts, type FormDef, services, staffing, valueColumns } from "../forms";
import type { Severity } from "../findings/finding";
import { type CleanValue, foldText } from "../values";
import { findingAt } from "../findings/finding-at";
import { fieldOf, defineRule } from "./rule";

/** What makes two rows of a form the same; `unordered`: a pair written either way round. */
const KEYS: readonly { form: FormDef; keys: readonly string[]; unordered?: boolean; severity: Severity }[] = (
  [
    { form: staffing, keys: ["position"], severity: "warning" },
    { form: conflicts, keys: ["person1_name", "person2_name"], unordered: true, severity: "warning" },
    { form: services, keys: ["service"], severity: "error" },
    { form: contracts, keys: ["contract_no", "contract_date", "counterparty_bin"], severity: "error" },
  ] as const
).map((d) => ({ ...d, keys: d.keys.map((k) => fieldOf(d.form, k)) }));

// Typed text is compared as people read it; codes, dates and numbers are already canonical.
const keyText = (value: CleanValue, folded: boolean) =>
  folded && typeof value === "string" ? foldText(value) : String(value);

/** A row that repeats an earlier one: counted twice in every total. */
export const duplicates = defineRule(["duplicate_row"], function* (workbook) {
  for (const { form, keys, unordered, severity } of KEYS) {
    const data = workbook.forms.get(form.id);
    if (!data) continue;
    const folded = keys.map((k) => valueColumns(form).find((c) => c.key === k)?.type === "text");
    const firstRow = new Map<string, number>();
    for (const row of data.rows) {
      const parts = keys.map((k) => row.values[k] ?? null);
      if (parts.some((p) => p === null)) continue;
      const texts = (parts as CleanValue[]).map((p, i) => keyText(p, folded[i] ?? false));
      const key = (unordered ? texts.sort() : texts).join("\u0000");
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row.row);
      else yield findingAt(data, row, keys[0] ?? null, "duplicate_row", severity, { firstRow: first });
    }
  }
});
