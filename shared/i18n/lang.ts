import { z } from "zod";
import { type Lang as LangCode, LANGS, type WorkbookLang as WorkbookLangCode, WORKBOOK_LANGS } from "./lang-codes";

export { isLang, LANGS, WORKBOOK_LANGS } from "./lang-codes";
export type Lang = LangCode;
export type WorkbookLang = WorkbookLangCode;

export const Lang = z.enum(LANGS);
export const WorkbookLang = z.enum(WORKBOOK_LANGS);

const text = z.string().trim().min(1);

/** One user-facing text in every language; a missing one is a schema error. */
export const Labels = z.strictObject({ kk: text, ru: text, en: text });
export type Labels = z.infer<typeof Labels>;

/** A text of the documents we draft, which exist in the workbook languages only. */
export const DocumentLabels = z.strictObject({ kk: text, ru: text });
export type DocumentLabels = z.infer<typeof DocumentLabels>;
