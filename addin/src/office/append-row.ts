/// <reference types="office-js" />
import type { CellValue } from "../../../shared/values";
import { rangeRef } from "../../../shared/xlsx/a1";
import { firstBlankRow } from "../port/first-blank-row";
import type { AppendResult, CellInput } from "../port/workbook-port";
import { loadDateSystem } from "./date-system";
import { excelFormat, excelValue } from "./excel-value";
import { placeOf } from "./range-place";

/** Fills a table's first blank row, or adds one at its end: three syncs (the table, its body, the write). */
export async function appendRow(
  context: Excel.RequestContext,
  name: string,
  values: readonly CellInput[],
): Promise<AppendResult> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const date1904 = loadDateSystem(context);
  await context.sync();
  if (table.isNullObject) return { ok: false, reason: "no_such_table" };
  const body = table.getDataBodyRange().load("address,values");
  const sheet = table.worksheet.load("name");
  await context.sync();

  const place = placeOf(body.address);
  const width = place.right - place.left + 1;
  if (values.length > width) return { ok: false, reason: "too_many_values" };
  const blank = firstBlankRow(body.values as CellValue[][]);
  let target: Excel.Range;
  if (blank >= 0) target = body.getRow(blank);
  else {
    table.rows.add();
    target = table.getDataBodyRange().getLastRow();
  }
  const cells = Array.from({ length: width }, (_, i) => values[i] ?? null);
  // The formats first: Text must stand in a cell before its text arrives, or Excel converts it.
  if (cells.some((cell) => excelFormat(cell) !== null)) target.numberFormat = [cells.map(excelFormat)];
  target.values = [cells.map((cell) => excelValue(cell, date1904()))];
  await context.sync();
  const row = place.top + (blank >= 0 ? blank : body.values.length);
  return { ok: true, sheet: sheet.name, row, address: rangeRef(row, place.left, row, place.right) };
}
