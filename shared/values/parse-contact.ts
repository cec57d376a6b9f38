import { type CellValue, errorCode } from "./cell-value";
import { cellText } from "./parse-text";
import { type Parsed, type ValueProblemCode, fail, ok } from "./problem";

function shaped(raw: CellValue, code: ValueProblemCode, accept: (s: string) => boolean): Parsed<string> {
  const error = errorCode(raw);
  if (error) return fail("error_value", { error });
  const text = cellText(raw);
  return typeof raw !== "boolean" && accept(text) ? ok(text) : fail(code, { value: text });
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,.]{2,}$/;

export const parseEmail = (raw: CellValue) => shaped(raw, "not_an_email", (s) => EMAIL.test(s));

/** Kazakhstan numbers: 10 digits, or 11 starting with 7 or 8 (+7 701 123 45 67, 8 (7172) 12-34-56). */
export const parsePhone = (raw: CellValue) =>
  shaped(raw, "not_a_phone", (s) => {
    if (!/^\+?[\d\s\-()]+$/.test(s)) return false;
    const digits = s.replace(/\D/g, "");
    return digits.length === 10 || (digits.length === 11 && /^[78]/.test(digits));
  });

export const parseUrl = (raw: CellValue) =>
  shaped(raw, "not_a_url", (s) => {
    if (!/^https?:\/\//i.test(s) || /\s/.test(s)) return false;
    try {
      return new URL(s).hostname.includes(".");
    } catch {
      return false;
    }
  });
