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

/** What each problem's message is told: the value as the user sees it, and the bound it passed. */
export interface ValueProblemParams {
  error_value: { error: string };
  not_a_number: { value: string };
  not_an_integer: { value: number };
  too_many_decimals: { value: number; decimals: number };
  below_min: { value: number; min: number };
  not_a_date: { value: string };
  no_such_date: { value: string };
  date_out_of_range: { value: string; min: string; max: string };
  not_yes_no: { value: string | number };
  not_in_list: { value: string };
  id_not_12_digits: { value: string; length: number };
  id_bad_checksum: { value: string };
  id_no_checksum: { value: string };
  id_bad_structure: { value: string };
  id_not_bin: { value: string };
  id_padded: { value: string };
  not_an_email: { value: string };
  not_a_phone: { value: string };
  not_a_url: { value: string };
}

/** A problem of one code, with that code's parameters. */
export type ValueProblem = {
  [C in ValueProblemCode]: { readonly code: C; readonly params: Readonly<ValueProblemParams[C]> };
}[ValueProblemCode];

/** The outcome of reading one cell: a value (or null for an empty cell), or the problem with it. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly warning?: ValueProblem }
  | { readonly ok: false; readonly problem: ValueProblem };

export const ok = <T>(value: T, warning?: ValueProblem): Parsed<T> =>
  warning ? { ok: true, value, warning } : { ok: true, value };

export const fail = <C extends ValueProblemCode, T = never>(code: C, params: ValueProblemParams[C]): Parsed<T> => ({
  ok: false,
  problem: { code, params } as ValueProblem,
});
