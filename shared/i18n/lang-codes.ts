// The language codes without zod: the command line starts with these alone (bin/ui-lang.ts).

/** The product's languages: workbooks are written in kk or ru; the pane and the CLI also speak en. */
export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Workbook languages: the templates and summaries exist in these two. */
export const WORKBOOK_LANGS = ["kk", "ru"] as const;
export type WorkbookLang = (typeof WORKBOOK_LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
