import { rangeRef } from "../a1";
import type { SheetSpec, TableSpec } from "../workbook-spec";

/**
 * A sheet's data bars as `<conditionalFormatting>` XML, each over its column's data rows down to
 * `bottomOf(table)`. Written as Excel 2007 did, which every Excel shows: exceljs adds an Excel 2010 extension
 * under a random id (or, asked for a gradient bar, an empty reference), so its bytes would change on every run.
 */
export function dataBarsXml(sheet: SheetSpec, bottomOf: (table: TableSpec) => number): string {
  return (sheet.dataBars ?? [])
    .map((bar, i) => {
      const table = sheet.tables.find((t) => t.name === bar.table);
      if (!table || !(bar.column >= 0 && bar.column < table.headers.length))
        throw new Error(`${sheet.name}: a data bar on column ${bar.column} of no table ${bar.table}`);
      if (!/^[0-9A-F]{8}$/i.test(bar.color)) throw new Error(`${sheet.name}: a data bar's colour is not ARGB`);
      const column = table.left + bar.column;
      const sqref = rangeRef(table.top + 1, column, bottomOf(table), column);
      return (
        `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${i + 1}">` +
        `<dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${bar.color}"/></dataBar>` +
        `</cfRule></conditionalFormatting>`
      );
    })
    .join("");
}

/** The last data row writeXlsx gives a table: its last row, the prototype, or the row below the header. */
export function lastRowWritten(table: TableSpec): number {
  return table.top + (table.streamed ? 1 : Math.max(table.rows.length, 1));
}

/** What the schema puts after conditional formats in a worksheet (cells and merges come before). */
const AFTER_CONDITIONAL_FORMATS =
  /<(?:dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** The worksheet XML with `xml` in its place among the elements, which Excel requires in the schema's order. */
export function insertConditionalFormats(sheetXml: string, xml: string): string {
  const cells = sheetXml.indexOf("</sheetData>");
  const next = cells < 0 ? undefined : AFTER_CONDITIONAL_FORMATS.exec(sheetXml.slice(cells))?.index;
  if (next === undefined) throw new Error("a worksheet without cells");
  return sheetXml.slice(0, cells + next) + xml + sheetXml.slice(cells + next);
}
