import { z } from "zod";

/** The product's languages: workbooks are written in kk or ru; the pane and the CLI also speak en. */
export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Workbook languages: the templates and summaries exist in these two. */
export const WORKBOOK_LANGS = ["kk", "ru"] as const;
export type WorkbookLang = (typeof WORKBOOK_LANGS)[number];

export const Lang = z.enum(LANGS);
export const WorkbookLang = z.enum(WORKBOOK_LANGS);

const text = z.string().trim().min(1);

/** One user-facing text in every language; a missing one is a schema error. */
export const Labels = z.strictObject({ kk: text, ru: text, en: text });
export type Labels = z.infer<typeof Labels>;

/** A text of the documents we draft, which exist in the workbook languages only. */
export const DocumentLabels = z.strictObject({ kk: text, ru: text });
export type DocumentLabels = z.infer<typeof DocumentLabels>;

export function isLang(value: unknown): value is Lang {
  return Lang.safeParse(value).success;
}
