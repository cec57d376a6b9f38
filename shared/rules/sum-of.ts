import { findingAt } from "../findings/finding-at";
import { defineRule } from "./rule";

/** A total that does not equal the sum of its parts (a formula overwritten by hand). */
export const sumOf = defineRule(["total_mismatch"], function* (workbook) {
  for (const data of workbook.forms.values()) {
    const totals = data.form.columns.filter((c) => c.sumOf);
    for (const row of data.rows) {
      for (const column of totals) {
        const total = row.values[column.key];
        if (typeof total !== "number") continue;
        const expected = (column.sumOf ?? []).reduce((sum, key) => {
          const part = row.values[key];
          return sum + (typeof part === "number" ? part : 0);
        }, 0);
        if (Math.abs(total - expected) > 1e-9) yield findingAt(data, row, column.key, "total_mismatch", { expected });
      }
    }
  }
});
