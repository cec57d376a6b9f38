import { TEMPLATES, type TemplateId } from "../../shared/forms";
import type { WorkbookLang } from "../../shared/i18n/lang";
import type { WorkbookSpec } from "../../shared/xlsx/workbook-spec";
import { formSheet } from "./form-sheet";
import { listRanges, listsSheet } from "./lists-sheet";
import { metaSheet } from "../../shared/xlsx/meta-sheet";

/** Every template carries this date: the same definitions give the same bytes. */
export const TEMPLATE_DATE = new Date("2026-01-01T00:00:00Z");

/** A template as plain data, from the form definitions alone. */
export function templateSpec(template: TemplateId, lang: WorkbookLang): WorkbookSpec {
  const forms = TEMPLATES[template].forms;
  return {
    title: forms[0]?.title[lang] ?? template,
    date: TEMPLATE_DATE,
    sheets: [...forms.map((form) => formSheet(form, lang, listRanges)), listsSheet(lang), metaSheet(template, lang)],
  };
}
