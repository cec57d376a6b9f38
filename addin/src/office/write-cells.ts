/// <reference types="office-js" />
import type { CellWrite } from "../port/workbook-port";
import { loadDateSystem } from "./date-system";
import { excelFormat, excelValue } from "./excel-value";

/**
 * Sets the cells' values in one sync whatever their number, each sheet got once for all its cells (two when
 * a date is among them: its serial depends on the workbook's date system). Excel runs a batch in order and
 * stops at its first failure: every sheet is loaded before any cell is written, so a missing one fails the
 * sync (ItemNotFound) with nothing written.
 */
export async function writeCells(context: Excel.RequestContext, cells: readonly CellWrite[]): Promise<void> {
  const date1904 = await dateSystemFor(
    context,
    cells.map((cell) => cell.value),
  );
  const groups = [...bySheet(cells)].map(
    ([name, group]) => [context.workbook.worksheets.getItem(name).load("name"), group] as const,
  );
  for (const [sheet, group] of groups)
    for (const { address, value } of group) {
      const range = sheet.getRange(address);
      // The format first: Text must stand in the cell before the text arrives, or Excel converts it.
      const format = excelFormat(value);
      if (format !== null) range.numberFormat = [[format]];
      range.values = [[excelValue(value, date1904)]];
    }
  await context.sync();
}

/** Whether dates count from 1904, asked only when a date is to be written (one sync). */
export async function dateSystemFor(context: Excel.RequestContext, values: readonly unknown[]): Promise<boolean> {
  if (!values.some((value) => value !== null && typeof value === "object")) return false;
  const date1904 = loadDateSystem(context);
  await context.sync();
  return date1904();
}

function bySheet(cells: readonly CellWrite[]): Map<string, CellWrite[]> {
  const groups = new Map<string, CellWrite[]>();
  for (const cell of cells) {
    const group = groups.get(cell.sheet);
    if (group) group.push(cell);
    else groups.set(cell.sheet, [cell]);
  }
  return groups;
}
