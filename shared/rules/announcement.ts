import { findingAt } from "../findings/finding-at";
import { defineRule, passportOf } from "./rule";

const WORKING_DAYS = 10;

/** Monday to Friday strictly after `from` and up to `to`, both ISO dates. */
export function workingDaysBetween(from: string, to: string): number {
  const day = 86_400_000;
  let count = 0;
  for (let t = Date.parse(from) + day; t <= Date.parse(to); t += day) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** The analysis announced fewer than 10 working days before it began: the public had no time to take part. */
export const announcement = defineRule(["announcement_late"], function* (workbook) {
  const p = passportOf(workbook);
  const announced = p?.row.values.announcement_date;
  const started = p?.row.values.analysis_from;
  if (!p || typeof announced !== "string" || typeof started !== "string") return;
  const days = announced <= started ? workingDaysBetween(announced, started) : -1;
  if (days < WORKING_DAYS)
    yield findingAt(p.data, p.row, "announcement_date", "announcement_late", {
      days: Math.max(days, 0),
      required: WORKING_DAYS,
    });
});
