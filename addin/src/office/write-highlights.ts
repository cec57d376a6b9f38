/// <reference types="office-js" />
import type { CellMark, HighlightResult } from "../port/workbook-port";
import { highlightBatches } from "./highlight-batches";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from "./highlight-rule";
import { findHighlightRules } from "./highlight-rules";

/**
 * Replaces the previous highlights with conditional formats for these cells: one rule per sheet, severity
 * and address list. Three syncs whatever the number of cells: the sheets, their rules, then the change.
 */
export async function writeHighlights(
  context: Excel.RequestContext,
  cells: readonly CellMark[],
): Promise<HighlightResult> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const { ours, unread } = await findHighlightRules(context, sheets.items);
  // An id is a priority: deleting one renumbers the rules below it, so the highest ids go first, and all
  // before any add (`add` puts a rule at the top, renumbering all). Should one fail, nothing new was added.
  const highestFirst = [...ours].sort((a, b) => Number(b.id) - Number(a.id));
  for (const format of highestFirst) format.delete();
  for (const { sheet, severity, addresses } of highlightBatches(cells)) {
    const format = sheets.getItem(sheet).getRanges(addresses).conditionalFormats.add("Custom");
    format.custom.rule.formula = HIGHLIGHT_FORMULA;
    format.custom.format.fill.color = HIGHLIGHT_FILL[severity];
  }
  await context.sync();
  return { unread };
}
