import { type CellValue, SPACES, errorCode } from "./cell-value";
import { cellText } from "./parse-text";
import { type Parsed, fail, ok } from "./problem";

export interface NumberRule {
  readonly integer?: boolean;
  readonly decimals?: number;
  readonly min?: number;
  /** An amount in tenge: "1 500 тг", "1 500 тенге", "1 500 ₸" as people type them. */
  readonly tenge?: boolean;
}

// The tenge written after an amount, as people type it; the amount columns' unit is always the tenge.
const TENGE = /\s*(?:тг\.?|тенге|теңге|₸|kzt)$/iu;

// Grouped thousands need groups of exactly three digits, so "1 23" is a typo, not 123.
const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/;
const SPACE_GROUPED = /^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const COMMA_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/;
const POINT_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * Reads a number as people write it here: `193 632,6`, `93,73`, `2.3`, `1,234.5`.
 * A lone comma is always the decimal separator (the local convention), never thousands.
 */
export function parseNumberText(text: string): number | null {
  const s = text.replace(SPACES, " ").trim().replace(/^[−–]/, "-");
  let normalized: string;
  if (PLAIN.test(s)) normalized = s.replace(",", ".");
  else if (SPACE_GROUPED.test(s)) normalized = s.replace(/ /g, "").replace(",", ".");
  else if (COMMA_GROUPED.test(s)) normalized = s.replace(/,/g, "");
  else if (POINT_GROUPED.test(s)) normalized = s.replace(/\./g, "").replace(",", ".");
  else return null;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

function decimalsOf(n: number): number {
  for (let d = 0; d <= 15; d++) {
    const scaled = n * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 16;
}

/** A number cell: Excel numbers, or text in the local writing. Never a silent zero. */
export function parseNumber(raw: CellValue, rule: NumberRule = {}): Parsed<number> {
  const error = errorCode(raw);
  if (error) return fail("error_value", { error });
  let n: number | null = null;
  if (typeof raw === "number") n = Number.isFinite(raw) ? raw : null;
  else if (typeof raw === "string") n = parseNumberText(rule.tenge ? raw.trim().replace(TENGE, "") : raw);
  if (n === null) return fail("not_a_number", { value: cellText(raw) });
  if (rule.integer && !Number.isInteger(n)) return fail("not_an_integer", { value: n });
  if (rule.decimals !== undefined && decimalsOf(n) > rule.decimals)
    return fail("too_many_decimals", { value: n, decimals: rule.decimals });
  if (rule.min !== undefined && n < rule.min) return fail("below_min", { value: n, min: rule.min });
  return ok(Object.is(n, -0) ? 0 : n);
}
