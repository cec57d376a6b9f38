import { passport } from "../forms";
import { findingAt } from "../findings/finding-at";
import { fieldOf, passportOf, defineRule } from "./rule";

const ANNOUNCED = fieldOf(passport, "announcement_date");
const STARTED = fieldOf(passport, "analysis_from");
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
  const announced = p?.row.values[ANNOUNCED];
  const started = p?.row.values[STARTED];
  if (!p || typeof announced !== "string" || typeof started !== "string") return;
  const days = announced <= started ? workingDaysBetween(announced, started) : -1;
  if (days < WORKING_DAYS)
    yield findingAt(p.data, p.row, ANNOUNCED, "announcement_late", {
      days: Math.max(days, 0),
      required: WORKING_DAYS,
    });
});
