/// <reference types="office-js" />
import type { CellMark } from "../port/workbook-port";
import { highlightBatches } from "./highlight-batches";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA, type HighlightRule } from "./highlight-rule";

/**
 * Deletes the previous highlights and adds conditional formats for these cells, in one sync whatever their
 * number: one rule per sheet, severity and address list. Returns the new rules, for the next time.
 */
export async function writeHighlights(
  context: Excel.RequestContext,
  previous: readonly HighlightRule[],
  cells: readonly CellMark[],
): Promise<HighlightRule[]> {
  const sheets = context.workbook.worksheets;
  // Deletions first: should one fail, nothing new has been added beside what is left.
  for (const rule of previous) sheets.getItem(rule.sheetId).getRange().conditionalFormats.getItem(rule.id).delete();
  const added = highlightBatches(cells).map(({ sheet, severity, addresses }) => {
    const worksheet = sheets.getItem(sheet).load("id");
    const format = worksheet.getRanges(addresses).conditionalFormats.add("Custom");
    format.custom.rule.formula = HIGHLIGHT_FORMULA;
    format.custom.format.fill.color = HIGHLIGHT_FILL[severity];
    return { worksheet, format: format.load("id") };
  });
  await context.sync();
  return added.map(({ worksheet, format }) => ({ sheetId: worksheet.id, id: format.id }));
}
