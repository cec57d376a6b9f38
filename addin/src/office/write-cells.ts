/// <reference types="office-js" />
import type { CellWrite } from "../port/workbook-port";
import { excelFormat, excelValue } from "./excel-value";

/**
 * Sets the cells' values in one sync whatever their number, each sheet got once for all its cells.
 * Excel runs a batch in order and stops at its first failure: every sheet is loaded before any cell is
 * written, so a missing one fails the sync (ItemNotFound) with nothing written.
 */
export async function writeCells(context: Excel.RequestContext, cells: readonly CellWrite[]): Promise<void> {
  const groups = [...bySheet(cells)].map(
    ([name, group]) => [context.workbook.worksheets.getItem(name).load("name"), group] as const,
  );
  for (const [sheet, group] of groups)
    for (const { address, value } of group) {
      const range = sheet.getRange(address);
      range.values = [[excelValue(value)]];
      const format = excelFormat(value);
      if (format !== null) range.numberFormat = [[format]];
    }
  await context.sync();
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
