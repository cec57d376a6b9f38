import { risks } from "../forms";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule } from "./rule";

const MEASURE = "measure";

/** A risk whose recommendation no measure carries out: the action plan would lack it. A version 1 workbook has no such column. */
export const measureMissing = defineRule(["measure_missing_in_plan"], function* (workbook) {
  const data = formOf(workbook, risks);
  if (!data?.form.columns.some((c) => c.key === MEASURE)) return;
  for (const row of data.rows)
    if (row.values.measure === null && !row.unreadable.has(MEASURE))
      yield findingAt(data, row, MEASURE, "measure_missing_in_plan");
});
