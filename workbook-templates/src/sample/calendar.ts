import type { Random } from "./random";

/** ISO dates and working days: Monday to Friday without public holidays, so notice is never short under any count. */
const DAY_MS = 86_400_000;

/** Kazakhstan's fixed public holidays (month-day). */
const HOLIDAYS = new Set([
  "01-01",
  "01-02",
  "01-07",
  "03-08",
  "03-21",
  "03-22",
  "03-23",
  "05-01",
  "05-07",
  "05-09",
  "07-06",
  "08-30",
  "10-25",
  "12-16",
]);

const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => toIso(toMs(iso) + days * DAY_MS);

function isWorkingDay(iso: string): boolean {
  const day = new Date(toMs(iso)).getUTCDay();
  return day !== 0 && day !== 6 && !HOLIDAYS.has(iso.slice(5));
}

/** The working day `count` working days after (or, negative, before) the given day. */
export function addWorkingDays(iso: string, count: number): string {
  const step = Math.sign(count);
  let day = iso;
  for (let left = Math.abs(count); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** A working day in [from, to]. */
export function randomWorkingDay(random: Random, from: string, to: string): string {
  const day = addDays(from, random.int(0, Math.round((toMs(to) - toMs(from)) / DAY_MS)));
  if (isWorkingDay(day)) return day;
  const next = addWorkingDays(day, 1);
  return next <= to ? next : addWorkingDays(day, -1);
}
