import { type CellValue, SPACES, errorCode } from "./cell-value";
import { dayExists } from "./parse-date";
import { cellText } from "./parse-text";
import { type Parsed, fail, ok } from "./problem";

/** What a 12-digit number must be: an organization's BIN, or either a BIN or a person's IIN. */
export type IdExpectation = "bin" | "binOrIin";

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit of the first 11 digits, or null when both weightings give 10 (no valid number). */
export function checkDigit(digits: readonly number[]): number | null {
  const first = weightedSum(digits, WEIGHTS_FIRST);
  if (first !== 10) return first;
  const second = weightedSum(digits, WEIGHTS_SECOND);
  return second === 10 ? null : second;
}

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits[i] ?? 0);
  return sum % 11;
}

/** An IIN starts with the birth date (yymmdd); digit 7 gives the century and sex (1-6). */
export function isIinShape(id: string): boolean {
  const century = Number(id[6]);
  if (century < 1 || century > 6) return false;
  const year = 1800 + 100 * Math.floor((century - 1) / 2) + Number(id.slice(0, 2));
  return dayExists(year, Number(id.slice(2, 4)), Number(id.slice(4, 6)));
}

/** A BIN's digit 5 is the entity type: 4 a resident and 5 a non-resident legal entity, 6 a joint individual enterprise. */
export function isBinShape(id: string): boolean {
  const type = id[4];
  return type === "4" || type === "5" || type === "6";
}

/** Checks a 12-digit string: check digit first, then the structure the expectation asks for. */
export function checkIdNumber(id: string, expect: IdExpectation): Parsed<string> {
  if (!/^\d{12}$/.test(id)) return fail("id_not_12_digits", { value: id, length: id.length });
  const digits = new Array<number>(12);
  for (let i = 0; i < 12; i++) digits[i] = id.charCodeAt(i) - 48;
  const check = checkDigit(digits);
  if (check === null) return fail("id_no_checksum", { value: id });
  if (check !== digits[11]) return fail("id_bad_checksum", { value: id });
  if (isBinShape(id)) return ok(id);
  if (isIinShape(id)) return expect === "binOrIin" ? ok(id) : fail("id_not_bin", { value: id });
  return fail("id_bad_structure", { value: id });
}

/**
 * A BIN/IIN cell. Excel turns a typed `050340001237` into the number 50340001237: a whole number
 * of fewer than 12 digits is padded back, and kept with a warning when the padded value is valid.
 */
export function parseIdNumber(raw: CellValue, expect: IdExpectation): Parsed<string> {
  const error = errorCode(raw);
  if (error) return fail("error_value", { error });
  if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw < 0 || raw >= 1e12)
      return fail("id_not_12_digits", { value: String(raw), length: String(raw).length });
    const id = String(raw).padStart(12, "0");
    const checked = checkIdNumber(id, expect);
    return checked.ok && id !== String(raw) ? ok(id, { code: "id_padded", params: { value: id } }) : checked;
  }
  if (typeof raw !== "string") return fail("id_not_12_digits", { value: cellText(raw), length: 0 });
  return checkIdNumber(raw.replace(SPACES, ""), expect);
}
