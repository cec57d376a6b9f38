import { type CellValue, errorCode, isDateCell } from "./cell-value";
import { type Parsed, fail, ok } from "./problem";

/** Dates in these forms are documents of an organization: anything outside is a slip (a serial typed as a count). */
export const DATE_RANGE = { min: "1991-01-01", max: "2099-12-31" } as const;

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether the day is in the (proleptic Gregorian) calendar. Years below 100 are not: a date this program
 * reads always has four digits, and `Date` would take them for 19xx.
 */
export function dayExists(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0);
}

/** ISO `yyyy-mm-dd` when the day exists in the calendar. */
export function isoDate(year: number, month: number, day: number): string | null {
  return dayExists(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/**
 * An Excel serial to an ISO date. The 1900 system counts the fictitious 29 February 1900 (serial 60),
 * so serials after it are one day ahead; the 1904 system starts at 0 = 1 January 1904.
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < (date1904 ? 0 : 1) || days > 2_958_465) return null;
  if (!date1904 && days === 60) return null;
  const key = date1904 ? -days - 1 : days;
  let iso = isoOfDay.get(key);
  if (iso === undefined) {
    const ms = date1904 ? EPOCH_1904 + days * DAY_MS : EPOCH_1900 + (days > 60 ? days - 1 : days) * DAY_MS;
    iso = new Date(ms).toISOString().slice(0, 10);
    if (isoOfDay.size < 100_000) isoOfDay.set(key, iso);
  }
  return iso;
}

// A table's dates fall on a few hundred days: each is formatted once (1904 serials keyed negative).
const isoOfDay = new Map<number, string>();

/** The inverse, in the 1900 system: what templates and summaries write. */
export function isoToSerial(iso: string): number {
  const days = (Date.parse(`${iso}T00:00:00Z`) - EPOCH_1900) / DAY_MS;
  return days >= 60 ? days + 1 : days;
}

/** `dd.mm.yyyy` for people; the form every template shows. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

// `01.06.2024`, `1/6/2024`, `01.06.2024 г.` (ru) or `01.06.2024 ж.` (kk); ISO as other tools write it.
const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*(?:г|ж|жыл)\.?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;

export function parseDate(raw: CellValue, date1904 = false): Parsed<string> {
  const error = errorCode(raw);
  if (error) return fail("error_value", { error });
  let iso: string | null;
  if (typeof raw === "number" || isDateCell(raw)) {
    const serial = typeof raw === "number" ? raw : raw.serial;
    iso = serialToIso(serial, date1904);
    if (iso === null) return fail("not_a_date", { value: String(serial) });
  } else if (typeof raw === "string") {
    const s = raw.trim();
    const dmy = DMY.exec(s);
    const ymd = dmy ? null : ISO.exec(s);
    if (!dmy && !ymd) return fail("not_a_date", { value: s });
    const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : [ymd?.[3], ymd?.[2], ymd?.[1]];
    iso = isoDate(Number(y), Number(m), Number(d));
    if (iso === null) return fail("no_such_date", { value: s });
  } else {
    return fail("not_a_date", { value: String(raw) });
  }
  if (iso < DATE_RANGE.min || iso > DATE_RANGE.max) {
    return fail("date_out_of_range", {
      value: formatIsoDate(iso),
      min: formatIsoDate(DATE_RANGE.min),
      max: formatIsoDate(DATE_RANGE.max),
    });
  }
  return ok(iso);
}
