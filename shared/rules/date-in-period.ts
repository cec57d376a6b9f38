import { contracts } from "../forms";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule, passportOf } from "./rule";

/** A contract signed outside the period analysed: it may belong to another year's analysis. */
export const dateInPeriod = defineRule(["outside_period"], function* (workbook) {
  const p = passportOf(workbook);
  const from = p?.row.values.period_from;
  const to = p?.row.values.period_to;
  if (typeof from !== "string" || typeof to !== "string") return;
  const data = formOf(workbook, contracts);
  for (const row of data?.rows ?? []) {
    const date = row.values.contract_date;
    if (typeof date === "string" && (date < from || date > to))
      yield findingAt(data!, row, "contract_date", "outside_period", { fromDate: from, toDate: to });
  }
});
