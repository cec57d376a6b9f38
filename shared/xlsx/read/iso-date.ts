import { isoDate, isoToSerial } from "../../values/parse-date";

/** Days between the 1900 and the 1904 date systems' zeros. */
const DAYS_1900_TO_1904 = 1462;
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?(?:Z|[+-]\d\d:?\d\d)?$/;

/** A `t="d"` cell's ISO date and time as a serial in the workbook's date system; null when it is not ISO. */
export function dateCellSerial(text: string, date1904: boolean): number | null {
  const m = ISO.exec(text.trim());
  const day = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!m || !day) return null;
  const time = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86_400;
  const serial = isoToSerial(day) + time;
  return date1904 ? serial - DAYS_1900_TO_1904 : serial;
}
