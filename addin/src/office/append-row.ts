/// <reference types="office-js" />
import type { CellValue } from "../../../shared/values";
import { rangeRef } from "../../../shared/xlsx";
import { firstBlankRow, rowsInUse } from "../port/first-blank-row";
import type { Rect } from "../port/range-ref";
import type { AppendResult, AppendRowsResult, CellInput } from "../port/workbook-port";
import { loadDateSystem } from "./date-system";
import { excelFormat, excelValue } from "./excel-value";
import { placeOf } from "./range-place";
import { CELLS_PER_SYNC } from "./read-snapshot";

/** A table's body as it stands: its values and place, its sheet's name, the workbook's date system. */
interface LoadedBody {
  readonly table: Excel.Table;
  readonly body: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly values: CellValue[][];
  readonly place: Rect;
  readonly date1904: boolean;
}

/** Two syncs: the table (null when there is none) and the date system, then its body's values. */
async function loadBody(context: Excel.RequestContext, name: string): Promise<LoadedBody | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const date1904 = loadDateSystem(context);
  await context.sync();
  if (table.isNullObject) return null;
  const body = table.getDataBodyRange().load("address,values");
  const sheet = table.worksheet.load("name");
  await context.sync();
  return {
    table,
    body,
    sheet,
    values: body.values as CellValue[][],
    place: placeOf(body.address),
    date1904: date1904(),
  };
}

/** Sets a range's cells, the formats first: Text must stand in a cell before its text arrives, or Excel converts it. */
function setRows(target: Excel.Range, rows: readonly (readonly CellInput[])[], width: number, date1904: boolean): void {
  const cells = rows.map((values) => Array.from({ length: width }, (_, i) => values[i] ?? null));
  if (cells.some((row) => row.some((cell) => excelFormat(cell) !== null)))
    target.numberFormat = cells.map((row) => row.map(excelFormat));
  target.values = cells.map((row) => row.map((cell) => excelValue(cell, date1904)));
}

/** Fills a table's first blank row, or adds one at its end: three syncs (the table, its body, the write). */
export async function appendRow(
  context: Excel.RequestContext,
  name: string,
  values: readonly CellInput[],
): Promise<AppendResult> {
  const body = await loadBody(context, name);
  if (!body) return { ok: false, reason: "no_such_table" };
  const { table, place } = body;
  const width = place.right - place.left + 1;
  if (values.length > width) return { ok: false, reason: "too_many_values" };
  const blank = firstBlankRow(body.values);
  let target: Excel.Range;
  if (blank >= 0) target = body.body.getRow(blank);
  else {
    table.rows.add();
    target = table.getDataBodyRange().getLastRow();
  }
  setRows(target, [values], width, body.date1904);
  await context.sync();
  const row = place.top + (blank >= 0 ? blank : body.values.length);
  return { ok: true, sheet: body.sheet.name, row, address: rangeRef(row, place.left, row, place.right) };
}

/**
 * Writes rows after a table's last one that holds something, adding the rows its blank ones lack: three
 * syncs (the table, its body, the write). A write larger than a read's slice goes in slices of rows, one
 * sync each, so no request nears Excel on the web's payload limit.
 */
export async function appendRows(
  context: Excel.RequestContext,
  name: string,
  rows: readonly (readonly CellInput[])[],
  cellsPerSync = CELLS_PER_SYNC,
): Promise<AppendRowsResult> {
  const body = await loadBody(context, name);
  if (!body) return { ok: false, reason: "no_such_table" };
  const { table, sheet, place } = body;
  const width = place.right - place.left + 1;
  if (rows.some((values) => values.length > width)) return { ok: false, reason: "too_many_values" };
  if (rows.length === 0) return { ok: false, reason: "no_rows" };
  const top = place.top + rowsInUse(body.values);
  // Rows added at the end, each as Excel adds a table row (excel.tablerowcollection#add), in the first write.
  for (let n = rowsInUse(body.values) + rows.length - body.values.length; n > 0; n--) table.rows.add();
  const slice = Math.max(1, Math.floor(cellsPerSync / width));
  for (let from = 0; from < rows.length; from += slice)
    await writeSlice(context, sheet, top + from, place, rows.slice(from, from + slice), body.date1904);
  const bottom = top + rows.length - 1;
  return { ok: true, sheet: sheet.name, row: top, address: rangeRef(top, place.left, bottom, place.right) };
}

/** Rows written from a sheet row on, in the table's columns, in a sync of their own. */
async function writeSlice(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  place: Rect,
  rows: readonly (readonly CellInput[])[],
  date1904: boolean,
): Promise<void> {
  const target = sheet.getRange(rangeRef(top, place.left, top + rows.length - 1, place.right));
  setRows(target, rows, place.right - place.left + 1, date1904);
  await context.sync();
}
