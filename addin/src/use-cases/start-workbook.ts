import { VAKR_FORMS } from "../../../shared/forms";
import type { WorkbookLang } from "../../../shared/i18n/lang";
import { META_SHEET, META_TABLE } from "../../../shared/xlsx/meta-sheet";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { LISTS_SHEET } from "../../../workbook-templates/src/lists-sheet";
import type { InsertResult, WorkbookPort } from "../port/workbook-port";

/** The hidden sheets the forms' dropdowns and the validation depend on. */
const HIDDEN_SHEETS = [LISTS_SHEET, META_SHEET];

export type TemplateInsert =
  | InsertResult
  /** Names of ours the workbook already has: Excel would rename the inserted ones, and references break. */
  | { readonly ok: false; readonly reason: "names_taken"; readonly names: readonly string[] };

/** What an inserted template must look like afterwards, and what does not: empty when all is well. */
export type InsertProblems = readonly string[];

/** The template's sheet and table names in a language. */
function templateNames(lang: WorkbookLang): { sheets: string[]; tables: string[] } {
  return {
    sheets: [...VAKR_FORMS.map((form) => form.sheet[lang]), ...HIDDEN_SHEETS],
    tables: [...VAKR_FORMS.map((form) => form.id), META_TABLE],
  };
}

/** The template's names the workbook already uses, in either case (Excel's names ignore case). */
export function takenNames(snapshot: WorkbookSnapshot, lang: WorkbookLang): string[] {
  const sheets = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const tables = new Set(snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  const names = templateNames(lang);
  return [
    ...names.sheets.filter((name) => sheets.has(name.toLowerCase())),
    ...names.tables.filter((name) => tables.has(name.toLowerCase())),
  ];
}

/**
 * Inserts the template into the open workbook only when none of its names are taken there: Excel renames
 * what clashes on insert and rewrites references (office-js #5911, #3583), so dropdowns and `_meta` would
 * no longer line up. Then checks that the hidden sheets came in under their names and hidden.
 */
export async function insertTemplate(
  port: WorkbookPort,
  lang: WorkbookLang,
  base64: string,
): Promise<{ result: TemplateInsert; problems: InsertProblems }> {
  const taken = takenNames(await port.readSnapshot(), lang);
  if (taken.length > 0) return { result: { ok: false, reason: "names_taken", names: taken }, problems: [] };
  const result = await port.insertSheets(base64);
  if (!result.ok) return { result, problems: [] };
  const after = await port.readSnapshot();
  const problems = HIDDEN_SHEETS.filter(
    (name) => !after.sheets.some((sheet) => sheet.name === name && sheet.state !== "visible"),
  );
  return { result, problems };
}
