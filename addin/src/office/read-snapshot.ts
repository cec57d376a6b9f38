/// <reference types="office-js" />
import type { CellValue } from "../../../shared/values";
import { rangeRef, type SheetSnapshot, type WorkbookSnapshot } from "../../../shared/xlsx";
import type { Rect } from "../port/range-ref";
import { loadDateSystem } from "./date-system";
import { isPayloadTooLarge } from "./excel-faults";
import { snapshotValue } from "./excel-value";
import { placeOf } from "./range-place";

const STATES: Readonly<Record<`${Excel.SheetVisibility}`, SheetSnapshot["state"]>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * Cells read in one sync at most. Excel on the web refuses a request or response above about 5 MB, and a
 * cell comes back as its value, value type and number format: about 40 bytes for a template's cells, so
 * this stays near 1 MB; a slice of long texts that is still too large is halved and read again.
 */
export const CELLS_PER_SYNC = 25_000;

/** Rows of one sheet's used range, read together. */
interface Slice {
  readonly sheet: number;
  readonly rect: Rect;
}

/**
 * Every sheet's values, number formats and tables, and the date system. The first sync learns the sheets,
 * tables and used ranges; then the cells come in bounded slices, several small sheets to a sync, a big
 * table in blocks of rows, so no request nears Excel on the web's payload limit whatever the workbook.
 */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/showTotals,items/worksheet/name");
  const date1904 = loadDateSystem(context);
  await context.sync();
  // Values only: a template's thousand prepared rows are formatting, not data.
  const used = sheets.items.map((sheet) => sheet.getUsedRange(true).load("address"));
  const places = tables.items.map((table) => ({ table, range: table.getRange().load("address") }));
  await context.sync();

  const rows: CellValue[][][] = sheets.items.map(() => []);
  const slices = used.flatMap((range, sheet) => sliced(sheet, placeOf(range.address)));
  for (const batch of batches(slices)) await readSlices(context, sheets.items, batch, rows);

  return {
    date1904: date1904(),
    sheets: sheets.items.map((sheet, i): SheetSnapshot => {
      const own = places.filter(({ table }) => table.worksheet.name === sheet.name);
      return {
        name: sheet.name,
        state: STATES[sheet.visibility],
        tables: own.map(({ table, range }) => ({
          name: table.name,
          ref: range.address.slice(range.address.lastIndexOf("!") + 1),
          totalsRowCount: table.showTotals ? 1 : 0,
        })),
        rows: rows[i]!,
      };
    }),
  };
}

/** A used range as blocks of whole rows, each within the cells of one sync. */
function sliced(sheet: number, rect: Rect): Slice[] {
  const width = rect.right - rect.left + 1;
  const height = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
  const slices: Slice[] = [];
  for (let top = rect.top; top <= rect.bottom; top += height)
    slices.push({ sheet, rect: { ...rect, top, bottom: Math.min(rect.bottom, top + height - 1) } });
  return slices;
}

const cellsOf = ({ rect }: Slice) => (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);

/** Slices packed in order into groups of at most `CELLS_PER_SYNC` cells: one sync each. */
function batches(slices: readonly Slice[]): Slice[][] {
  const groups: Slice[][] = [];
  let cells = Infinity;
  for (const slice of slices) {
    if (cells + cellsOf(slice) > CELLS_PER_SYNC) {
      groups.push([]);
      cells = 0;
    }
    groups.at(-1)!.push(slice);
    cells += cellsOf(slice);
  }
  return groups;
}

/** Reads slices in one sync into the sheets' rows; too large a response is read again in halves. */
async function readSlices(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  slices: readonly Slice[],
  rows: CellValue[][][],
): Promise<void> {
  const loads = slices.map((slice) => {
    const { top, left, bottom, right } = slice.rect;
    const range = sheets[slice.sheet]!.getRange(rangeRef(top, left, bottom, right));
    return { slice, range: range.load("values,valueTypes,numberFormat") };
  });
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadTooLarge(error) ? halved(slices) : null;
    if (!halves) throw error;
    for (const half of halves) await readSlices(context, sheets, half, rows);
    return;
  }
  for (const { slice, range } of loads)
    range.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = snapshotValue(value, range.numberFormat[r]?.[c] ?? "General", range.valueTypes[r]?.[c]);
        if (cell !== null) (rows[slice.sheet]![slice.rect.top - 1 + r] ??= [])[slice.rect.left - 1 + c] = cell;
      }),
    );
}

/** Two halves of a batch: its slices, else the rows of its one slice; null for a single row. */
function halved(slices: readonly Slice[]): Slice[][] | null {
  if (slices.length > 1) {
    const middle = Math.ceil(slices.length / 2);
    return [slices.slice(0, middle), slices.slice(middle)];
  }
  const [{ sheet, rect }] = slices as [Slice];
  if (rect.top === rect.bottom) return null;
  const middle = Math.floor((rect.top + rect.bottom) / 2);
  return [[{ sheet, rect: { ...rect, bottom: middle } }], [{ sheet, rect: { ...rect, top: middle + 1 } }]];
}
