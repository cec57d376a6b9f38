/**
 * A format code shows a date when a date or time letter stands outside quoted text, brackets (`[Red]`,
 * `[$-419]`), escapes (`\d`) and the padding and fill of `_x` and `*x`. Only the first section counts.
 * A module of its own: the Office.js adapter needs it without the .xlsx reader's XML parser.
 */
export function isDateFormat(code: string): boolean {
  const section = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "").split(";")[0] ?? "";
  return /[dmyhs]/i.test(section) && !/^general$/i.test(section.trim());
}
