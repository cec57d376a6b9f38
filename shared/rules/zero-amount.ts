import { contracts } from "../forms";
import { findingAt } from "../findings/finding-at";
import { fieldOf, defineRule } from "./rule";

const AMOUNTS = [{ form: contracts, field: fieldOf(contracts, "amount") }];

/** A contract of 0 tenge: usually an amount not yet typed in. */
export const zeroAmount = defineRule(["amount_zero"], function* (workbook) {
  for (const { form, field } of AMOUNTS) {
    const data = workbook.forms.get(form.id);
    for (const row of data?.rows ?? []) if (row.values[field] === 0) yield findingAt(data!, row, field, "amount_zero");
  }
});
