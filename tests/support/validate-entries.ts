import type { WorkbookLang } from "../../shared/i18n/lang";
import { type Report, validateSnapshot } from "../../shared/validation";
import { specSnapshot } from "../../shared/xlsx/spec-snapshot";
import { type WorkbookEntries, filledSpec } from "../../workbook-templates/src/filled-spec";

/** The report on a workbook of these entries, as a reader would see it written. */
export function validateEntries(entries: WorkbookEntries, lang: WorkbookLang = "ru"): Promise<Report> {
  return validateSnapshot(specSnapshot(filledSpec("vakr", lang, entries)));
}

/** A report flattened to what a user looks for: sheet, cell, code. */
export async function flatFindings(entries: WorkbookEntries, lang: WorkbookLang = "ru"): Promise<string[][]> {
  const report = await validateEntries(entries, lang);
  return report.findings.map((f) => [f.sheet ?? "", f.cell ?? "", f.code]);
}
