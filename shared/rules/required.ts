import { valueColumns } from "../forms";
import type { Finding } from "../findings/finding";
import { findingAt } from "../findings/finding-at";
import { defineRule } from "./rule";

/** A required cell left empty. An unreadable cell already has its own finding. */
export const required = defineRule(["required"], function* (workbook) {
  for (const data of workbook.forms.values()) {
    const columns = valueColumns(data.form).filter((c) => c.required && !c.fixed);
    for (const row of data.rows) {
      for (const column of columns) {
        if (row.values[column.key] === null && !row.unreadable.has(column.key))
          yield findingAt(data, row, column.key, "required") satisfies Finding;
      }
    }
  }
});
