import { TEMPLATES, type TemplateId } from "../../shared/forms";
import { WORKBOOK_LANGS, type WorkbookLang } from "../../shared/i18n/lang";
import { writeXlsx } from "../../shared/xlsx/write-xlsx";
import { templateSpec } from "./template-spec";

/** The .xlsx bytes of a template. */
export function writeTemplate(template: TemplateId, lang: WorkbookLang): Promise<Uint8Array> {
  return writeXlsx(templateSpec(template, lang));
}

/** File names of the published templates: `vakr-kk.xlsx`, `roster-ru.xlsx`, ... */
export function templateFileName(template: TemplateId, lang: WorkbookLang): string {
  return `${template}-${lang}.xlsx`;
}

/** Every template in every workbook language: the files `adal templates` publishes. */
export const TEMPLATE_VARIANTS: readonly (readonly [TemplateId, WorkbookLang])[] = (
  Object.keys(TEMPLATES) as TemplateId[]
).flatMap((template) => WORKBOOK_LANGS.map((lang) => [template, lang] as const));
