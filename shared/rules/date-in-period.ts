import { contracts, passport } from "../forms";
import { findingAt } from "../findings/finding-at";
import { fieldOf, passportOf, defineRule } from "./rule";

const DATED = [{ form: contracts, field: fieldOf(contracts, "contract_date") }];
const FROM = fieldOf(passport, "period_from");
const TO = fieldOf(passport, "period_to");

/** A contract signed outside the period analysed: it may belong to another year's analysis. */
export const dateInPeriod = defineRule(["outside_period"], function* (workbook) {
  const p = passportOf(workbook);
  const from = p?.row.values[FROM];
  const to = p?.row.values[TO];
  if (typeof from !== "string" || typeof to !== "string") return;
  for (const { form, field } of DATED) {
    const data = workbook.forms.get(form.id);
    for (const row of data?.rows ?? []) {
      const date = row.values[field];
      if (typeof date === "string" && (date < from || date > to))
        yield findingAt(data!, row, field, "outside_period", { fromDate: from, toDate: to });
    }
  }
});
