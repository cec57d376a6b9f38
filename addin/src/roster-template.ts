import type { WorkbookLang } from "../../shared/i18n";

/** The committed roster templates (generated from shared/forms), emitted beside the bundle: fetched only when downloaded. */
const ROSTER_URLS: Readonly<Record<WorkbookLang, URL>> = {
  kk: new URL("../../workbook-templates/roster-kk.xlsx", import.meta.url),
  ru: new URL("../../workbook-templates/roster-ru.xlsx", import.meta.url),
};

export const rosterTemplateUrl = (lang: WorkbookLang): string => ROSTER_URLS[lang].href;
