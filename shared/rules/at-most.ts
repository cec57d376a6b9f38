import { findingAt } from "../findings/finding-at";
import { defineRule } from "./rule";

/** A part larger than its whole in the same row: dismissed for negative reasons > dismissed, late > total. */
export const atMost = defineRule(["exceeds_column"], function* (workbook) {
  for (const data of workbook.forms.values()) {
    const bounded = data.form.columns.filter((c) => c.atMost);
    for (const row of data.rows) {
      for (const column of bounded) {
        const value = row.values[column.key];
        const limit = row.values[column.atMost ?? ""];
        if (typeof value === "number" && typeof limit === "number" && value > limit)
          yield findingAt(data, row, column.key, "exceeds_column", {
            otherField: column.atMost ?? "",
            limit,
          });
      }
    }
  }
});
