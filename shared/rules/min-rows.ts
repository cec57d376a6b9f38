import { staffing } from "../forms";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule } from "./rule";

/** Forms that must have rows: every organization has staff. */
const AT_LEAST_ONE = [staffing];

export const minRows = defineRule(["form_empty"], function* (workbook) {
  for (const form of AT_LEAST_ONE) {
    const data = formOf(workbook, form);
    if (data && data.rows.length === 0) yield findingAt(data, null, null, "form_empty");
  }
});
