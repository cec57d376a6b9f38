/** Why a cell's content is not a value of its column's type. Messages live in the i18n catalogue. */
export const VALUE_PROBLEMS = [
  "error_value",
  "not_a_number",
  "not_an_integer",
  "too_many_decimals",
  "below_min",
  "not_a_date",
  "no_such_date",
  "date_out_of_range",
  "not_yes_no",
  "not_in_list",
  "id_not_12_digits",
  "id_bad_checksum",
  "id_no_checksum",
  "id_bad_structure",
  "id_not_bin",
  "id_padded",
  "not_an_email",
  "not_a_phone",
  "not_a_url",
] as const;
export type ValueProblemCode = (typeof VALUE_PROBLEMS)[number];

export interface ValueProblem {
  readonly code: ValueProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of reading one cell: a value (or null for an empty cell), or the problem with it. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly warning?: ValueProblem }
  | { readonly ok: false; readonly problem: ValueProblem };

export const ok = <T>(value: T, warning?: ValueProblem): Parsed<T> =>
  warning ? { ok: true, value, warning } : { ok: true, value };

export const fail = <T = never>(code: ValueProblemCode, params?: ValueProblem["params"]): Parsed<T> => ({
  ok: false,
  problem: params ? { code, params } : { code },
});
