const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?(?:Z|[+-]\d\d:?\d\d)?$/;

/**
 * A `t="d"` cell's ISO text as a serial in the workbook's date system; null when it is not ISO.
 * In the 1900 system Excel counts a 29 February 1900 that never was, so earlier dates are one less.
 */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute) + Number(m[6] ?? 0) * 1000;
  if (Number.isNaN(ms)) return null;
  if (date1904) return (ms - EPOCH_1904) / DAY_MS;
  const serial = (ms - EPOCH_1900) / DAY_MS;
  return serial < 61 ? serial - 1 : serial;
}
