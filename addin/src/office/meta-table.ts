/// <reference types="office-js" />
import { cellText, type CellValue } from "../../../shared/values";
import { rangeRef, META_TABLE } from "../../../shared/xlsx";
import { planMetaWrite } from "../port/plan-meta-write";
import type { MetaEntries, MetaWriteResult } from "../port/workbook-port";
import { excelFormat, excelValue } from "./excel-value";
import { placeOf } from "./range-place";

interface LoadedMeta {
  readonly table: Excel.Table;
  readonly body: Excel.Range;
  /** Each body row's key and value, as text. */
  readonly rows: readonly (readonly [string, string])[];
}

/** The `Meta` table with its body loaded (two syncs: whether it exists, then its cells); null without one. */
async function loadMeta(context: Excel.RequestContext): Promise<LoadedMeta | null> {
  const table = context.workbook.tables.getItemOrNullObject(META_TABLE);
  await context.sync();
  if (table.isNullObject) return null;
  const body = table.getDataBodyRange().load("address,values");
  await context.sync();
  const text = (value: unknown) => cellText(value as CellValue);
  return { table, body, rows: body.values.map((row) => [text(row[0]), text(row[1])] as const) };
}

export async function readMeta(context: Excel.RequestContext): Promise<ReadonlyMap<string, string> | null> {
  const meta = await loadMeta(context);
  return meta && new Map(meta.rows.filter(([key]) => key !== ""));
}

/** Updates the rows of keys the table has and adds rows for the others, in one more sync. */
export async function writeMeta(context: Excel.RequestContext, entries: MetaEntries): Promise<MetaWriteResult> {
  const meta = await loadMeta(context);
  if (!meta) return { ok: false, reason: "no_meta" };
  const keys = meta.rows.map(([key]) => key);
  const plan = planMetaWrite(keys, entries);
  // Text formats go in before the text, so `1` stays the text "1" (keys and values are always text).
  for (const { index, value } of plan.updates) {
    const cell = meta.body.getCell(index, 1);
    if (excelFormat(value) !== null) cell.numberFormat = [[excelFormat(value)]];
    cell.values = [[excelValue(value)]];
  }
  if (plan.appends.length > 0) {
    const body = placeOf(meta.body.address);
    const blanks = plan.appends.map(() => ["", ""]);
    meta.table.rows.add(undefined, blanks);
    // The new rows stand right below the body as loaded; the values go in through a range, as everywhere.
    const added = rangeRef(body.bottom + 1, body.left, body.bottom + plan.appends.length, body.left + 1);
    const range = meta.table.worksheet.getRange(added);
    const formats = plan.appends.map((row) => row.map(excelFormat));
    if (formats.flat().some((format) => format !== null)) range.numberFormat = formats;
    range.values = plan.appends.map((row) => row.map((text) => excelValue(text)));
  }
  await context.sync();
  return { ok: true };
}
