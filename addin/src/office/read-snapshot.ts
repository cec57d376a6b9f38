/// <reference types="office-js" />
import type { SheetSnapshot, WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import type { HighlightRule } from "./highlight-rule";
import { highlightRulesOf, loadRules } from "./highlight-rules";
import { sheetRows } from "./sheet-rows";

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** Our conditional formats, seen in the same batch: the next highlight deletes them without reading. */
  readonly rules: readonly HighlightRule[];
}

const STATES: Readonly<Record<`${Excel.SheetVisibility}`, SheetSnapshot["state"]>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * Every sheet's values, number formats and tables, and our highlights: two syncs, whatever the workbook.
 * The first learns the sheets and tables; the second loads each one's cells and places.
 */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/showTotals,items/worksheet/name");
  await context.sync();

  const reads = sheets.items.map((sheet) => ({
    sheet,
    // Values only: a template's thousand prepared rows are formatting, not data.
    used: sheet.getUsedRange(true).load("address,values,numberFormat"),
    rules: loadRules(sheet),
  }));
  const places = tables.items.map((table) => ({ table, range: table.getRange().load("address") }));
  await context.sync();

  const snapshotSheets = reads.map(({ sheet, used }): SheetSnapshot => {
    const own = places.filter(({ table }) => table.worksheet.name === sheet.name);
    return {
      name: sheet.name,
      state: STATES[sheet.visibility],
      tables: own.map(({ table, range }) => ({
        name: table.name,
        ref: range.address.slice(range.address.lastIndexOf("!") + 1),
        totalsRowCount: table.showTotals ? 1 : 0,
      })),
      rows: sheetRows(used.address, used.values, used.numberFormat),
    };
  });
  return {
    // The Office.js API sets targeted here cannot tell the 1904 date system; workbooks using it (old Macs) are rare.
    snapshot: { date1904: false, sheets: snapshotSheets },
    rules: reads.flatMap(({ sheet, rules }) => highlightRulesOf(sheet.id, rules)),
  };
}
