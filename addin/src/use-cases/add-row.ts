import { CONTRACT_VERSION, type FormDef, formAt } from "../../../shared/forms";
import { readVersion } from "../../../shared/validation/check-template";
import { locateForm } from "../../../shared/validation/locate-form";
import { readMeta } from "../../../shared/validation/read-meta";
import { isBlank } from "../../../shared/values";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { cellAt } from "../../../shared/xlsx/snapshot";
import type { AppendResult, CellInput, WorkbookPort } from "../port/workbook-port";

/**
 * The number the next row gets: the place of the first blank row the template prepared (where `appendRow`
 * writes), else one past the last; null without the form.
 */
export function nextRowNumber(snapshot: WorkbookSnapshot, form: FormDef): number | null {
  const place = locateForm(snapshot, form);
  if (!place) return null;
  let n = 1;
  for (let row = place.headerRow + 1; row <= place.lastRow; row++, n++) {
    let blank = true;
    for (let col = place.left; col <= place.right && blank; col++) blank = isBlank(cellAt(place.sheet, row, col));
    if (blank) return n;
  }
  return n;
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
  // A version 1 workbook's table lacks the columns version 2 appended: the row is as wide as its table.
  const held = formAt(form, readVersion(readMeta(snapshot)) ?? CONTRACT_VERSION) ?? form;
  const row = held.columns.map((c) => (c.type === "rowNo" ? number : c.sumOf ? null : (values[c.key] ?? null)));
  const result = await port.appendRow(form.id, row);
  return result.ok ? { ...result, entry: number ?? 1 } : result;
}
