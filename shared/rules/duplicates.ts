import { conflicts, contracts, type FormDef, type KeyOf, services, staffing, valueColumns } from "../forms";
import type { Severity } from "../findings/finding";
import { findingAt } from "../findings/finding-at";
import { formOf, type WorkbookData } from "../findings/workbook-data";
import { type CleanValue, foldText } from "../values";
import { defineRule } from "./rule";

// Typed text is compared as people read it; codes, dates and numbers are already canonical.
const keyText = (value: CleanValue, folded: boolean) =>
  folded && typeof value === "string" ? foldText(value) : String(value);

/** Rows of `form` alike in `keys` (`unordered`: a pair written either way round): each after the first is found. */
function sameRows<F extends FormDef>(
  form: F,
  keys: readonly [KeyOf<F>, ...KeyOf<F>[]],
  severity: Severity,
  unordered = false,
) {
  const folded = keys.map((k) => valueColumns(form).find((c) => c.key === k)?.type === "text");
  return function* (workbook: WorkbookData) {
    const data = formOf(workbook, form);
    if (!data) return;
    const firstRow = new Map<string, number>();
    for (const row of data.rows) {
      const key = rowKey(row.values, keys, folded, unordered);
      if (key === null) continue;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row.row);
      else yield findingAt(data, row, keys[0], "duplicate_row", severity, { firstRow: first });
    }
  };
}

/** The row's values in `keys` as one text (sorted when `unordered`); null when one is blank. Every row: no arrays. */
function rowKey(
  values: Readonly<Record<string, CleanValue | null | undefined>>,
  keys: readonly string[],
  folded: readonly boolean[],
  unordered: boolean,
): string | null {
  let key = "";
  const texts: string[] | null = unordered ? [] : null;
  for (let i = 0; i < keys.length; i++) {
    const value = values[keys[i] as string] ?? null;
    if (value === null) return null;
    const text = keyText(value, folded[i] ?? false);
    if (texts) texts.push(text);
    else key = i === 0 ? text : `${key}\u0000${text}`;
  }
  return texts ? texts.sort().join("\u0000") : key;
}

/** What makes two rows of a form the same. */
const KEYS = [
  sameRows(staffing, ["position"], "warning"),
  sameRows(conflicts, ["person1_name", "person2_name"], "warning", true),
  sameRows(services, ["service"], "error"),
  sameRows(contracts, ["contract_no", "contract_date", "counterparty_bin"], "error"),
];

/** A row that repeats an earlier one: counted twice in every total. */
export const duplicates = defineRule(["duplicate_row"], function* (workbook) {
  for (const check of KEYS) yield* check(workbook);
});
