import { contracts } from "../forms";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule } from "./rule";

/** A contract of 0 tenge: usually an amount not yet typed in. */
export const zeroAmount = defineRule(["amount_zero"], function* (workbook) {
  const data = formOf(workbook, contracts);
  for (const row of data?.rows ?? []) if (row.values.amount === 0) yield findingAt(data!, row, "amount", "amount_zero");
});
