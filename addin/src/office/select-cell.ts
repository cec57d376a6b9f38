/// <reference types="office-js" />
import type { CellPlace, SelectResult } from "../port/workbook-port";

/** Activates the cell's sheet and selects the cell; a hidden sheet cannot be shown this way. */
export async function selectCell(context: Excel.RequestContext, cell: CellPlace): Promise<SelectResult> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(cell.sheet).load("visibility");
  await context.sync();
  if (sheet.isNullObject) return { ok: false, reason: "no_such_sheet" };
  if (sheet.visibility !== "Visible") return { ok: false, reason: "sheet_hidden" };
  sheet.activate();
  sheet.getRange(cell.address).select();
  await context.sync();
  return { ok: true };
}
