import { CONTRACT_VERSION, type FormDef, formAt } from "../../../shared/forms";
import { readVersion, type FormPlace, locateForm, readMeta } from "../../../shared/validation";
import { isBlank } from "../../../shared/values";
import { type WorkbookSnapshot, cellAt } from "../../../shared/xlsx";
import type { AppendResult, AppendRowsResult, CellInput, WorkbookPort } from "../port/workbook-port";

function blankRow(place: FormPlace, row: number): boolean {
  for (let col = place.left; col <= place.right; col++) if (!isBlank(cellAt(place.sheet, row, col))) return false;
  return true;
}

/**
 * The number the next row gets: the place of the first blank row the template prepared (where `appendRow`
 * writes), else one past the last; null without the form.
 */
export function nextRowNumber(snapshot: WorkbookSnapshot, form: FormDef): number | null {
  const place = locateForm(snapshot, form);
  if (!place) return null;
  let n = 1;
  for (let row = place.headerRow + 1; row <= place.lastRow; row++, n++) if (blankRow(place, row)) return n;
  return n;
}

/** The number the first of rows appended after the data gets (where `appendRows` writes); null without the form. */
export function numberAfterData(snapshot: WorkbookSnapshot, form: FormDef): number | null {
  const place = locateForm(snapshot, form);
  if (!place) return null;
  let row = place.lastRow;
  while (row > place.headerRow && blankRow(place, row)) row--;
  return row - place.headerRow + 1;
}

/** A row's cells in the workbook table's column order: the row number filled in, formula columns left alone. */
function rowCells(
  snapshot: WorkbookSnapshot,
  form: FormDef,
  number: number | null,
  values: Readonly<Record<string, CellInput>>,
): CellInput[] {
  // A version 1 workbook's table lacks the columns version 2 appended: the row is as wide as its table.
  const held = formAt(form, readVersion(readMeta(snapshot)) ?? CONTRACT_VERSION) ?? form;
  return held.columns.map((c) => (c.type === "rowNo" ? number : c.sumOf ? null : (values[c.key] ?? null)));
}

/** An added row's place, and its entry number: the one the user sees in the `№` column. */
export type AddedRow = Exclude<AppendResult, { ok: true }> | (Extract<AppendResult, { ok: true }> & { entry: number });

/** Adds a row to a form's table: values by column key, the row number filled in, formula columns left alone. */
export async function addRow(
  port: WorkbookPort,
  form: FormDef,
  values: Readonly<Record<string, CellInput>>,
): Promise<AddedRow> {
  const snapshot = await port.readSnapshot();
  const number = nextRowNumber(snapshot, form);
  const result = await port.appendRow(form.id, rowCells(snapshot, form, number, values));
  return result.ok ? { ...result, entry: number ?? 1 } : result;
}

/** Rows added: their place, and the entry numbers of the first and the last. */
export type AddedRows =
  Exclude<AppendRowsResult, { ok: true }> | (Extract<AppendRowsResult, { ok: true }> & { first: number; last: number });

/** Adds rows after a table's data in one write, each numbered, values by column key. */
export async function addRows(
  port: WorkbookPort,
  form: FormDef,
  rows: readonly Readonly<Record<string, CellInput>>[],
): Promise<AddedRows> {
  const snapshot = await port.readSnapshot();
  const first = numberAfterData(snapshot, form) ?? 1;
  const cells = rows.map((values, i) => rowCells(snapshot, form, first + i, values));
  const result = await port.appendRows(form.id, cells);
  return result.ok ? { ...result, first, last: first + rows.length - 1 } : result;
}
