import { findingAt } from "../findings/finding-at";
import { defineRule, passportOf } from "./rule";

const MAX_MONTHS = 18;

/** The last day a period starting on `from` may end on: the day before the same date MAX_MONTHS later. */
function lastDay(from: string): string {
  const [y = 0, m = 1, d = 1] = from.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 + MAX_MONTHS, d - 1)).toISOString().slice(0, 10);
}

/** An analysed period longer than 18 months: probably a typo in a year. */
export const periodLength = defineRule(["period_too_long"], function* (workbook) {
  const p = passportOf(workbook);
  const from = p?.row.values.period_from;
  const to = p?.row.values.period_to;
  if (p && typeof from === "string" && typeof to === "string" && to > lastDay(from))
    yield findingAt(p.data, p.row, "period_to", "period_too_long", { months: MAX_MONTHS });
});
