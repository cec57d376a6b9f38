import { VAKR_FORMS } from "../../../shared/forms";
import type { WorkbookLang } from "../../../shared/i18n";
import { cellRef, LAYOUT, META_SHEET, META_TABLE, type WorkbookSnapshot } from "../../../shared/xlsx";
import { LISTS_SHEET } from "../../../workbook-templates/src/lists-sheet";
import type { CellPlace, InsertResult, WorkbookPort } from "../port/workbook-port";

/** The hidden sheets the forms' dropdowns and the validation depend on. */
const HIDDEN_SHEETS = [LISTS_SHEET, META_SHEET];

export type TemplateInsert =
  | InsertResult
  /** Names of ours the workbook already has: Excel would rename the inserted ones, and references break. */
  | { readonly ok: false; readonly reason: "names_taken"; readonly names: readonly string[] };

/** What of an inserted template did not come in as it should: a sheet, or a column's dropdown on a sheet. */
export interface InsertProblem {
  readonly sheet: string;
  /** The column's label in the template's language. */
  readonly column?: string;
}

/** Empty when all is well. */
export type InsertProblems = readonly InsertProblem[];

/** A cell with a list dropdown in the template, and its column's label. */
export interface DropdownCell extends CellPlace {
  readonly column: string;
}

/**
 * Where the template puts a dropdown, one cell per list column: the first data row of a table's column
 * (the rule covers the column's rows), the value cell of a Passport field.
 */
export function dropdownCells(lang: WorkbookLang): DropdownCell[] {
  const isList = (c: { type: string; fixed: boolean }) => (c.type === "list" || c.type === "yesNo") && !c.fixed;
  return VAKR_FORMS.flatMap((form) => {
    const fields = form.layout === "fields";
    return (fields ? form.fields : form.columns).flatMap((c, i) =>
      isList(c)
        ? [
            {
              sheet: form.sheet[lang],
              address: fields ? cellRef(LAYOUT.firstDataRow + i, 3) : cellRef(LAYOUT.firstDataRow, i + 1),
              column: c.labels[lang],
            },
          ]
        : [],
    );
  });
}

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
 * no longer line up. Then checks that the hidden sheets came in under their names and hidden, and that
 * every dropdown's list resolves.
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
  const has = (name: string) => after.sheets.some((sheet) => sheet.name === name);
  const hidden = HIDDEN_SHEETS.filter(
    (name) => !after.sheets.some((sheet) => sheet.name === name && sheet.state !== "visible"),
  );
  const cells = dropdownCells(lang);
  const missing = [...new Set(cells.map((cell) => cell.sheet))].filter((sheet) => !has(sheet));
  const broken = await port.brokenDropdowns(cells.filter((cell) => has(cell.sheet)));
  const dropdownAt = (place: CellPlace) => cells.find((c) => c.sheet === place.sheet && c.address === place.address);
  return {
    result,
    problems: [
      ...[...hidden, ...missing].map((sheet) => ({ sheet })),
      ...broken.map((place) => ({ sheet: place.sheet, column: dropdownAt(place)?.column ?? place.address })),
    ],
  };
}
