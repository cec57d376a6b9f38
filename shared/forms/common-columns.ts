import type { ColumnInput } from "./column";

/** Columns several forms share, written once. */
export const rowNo = {
  key: "no",
  type: "rowNo",
  labels: { kk: "№", ru: "№", en: "No." },
  hint: { kk: "Жолдың реттік нөмірі.", ru: "Порядковый номер строки.", en: "Row number." },
  width: 6,
} as const;

export const fullNameHint = {
  kk: "Толық аты-жөні немесе «Тегі А.Ә.».",
  ru: "Полное ФИО или «Фамилия И.О.».",
  en: 'Full name or "Surname I.O.".',
} as const;

/** A column of another form, repeated where nothing is required of it (a summary's written rows, the roster's contacts). */
export function repeatedColumn(columns: readonly ColumnInput[], key: string): ColumnInput {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key} to repeat`);
  return { ...column, required: false };
}
