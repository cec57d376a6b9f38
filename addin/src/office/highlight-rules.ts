/// <reference types="office-js" />
import { type HighlightRule, isHighlightFormula } from "./highlight-rule";

/** Queues the load of a sheet's conditional formats: enough to tell ours from the user's. */
export function loadRules(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
}

/** Ours among a sheet's loaded conditional formats. */
export function highlightRulesOf(sheetId: string, formats: Excel.ConditionalFormatCollection): HighlightRule[] {
  return formats.items
    .filter((format) => !format.customOrNullObject.isNullObject)
    .filter((format) => isHighlightFormula(format.customOrNullObject.rule.formula))
    .map((format) => ({ sheetId, id: format.id }));
}

/** Our conditional formats in every sheet, when the last read did not see them: two syncs. */
export async function findHighlightRules(context: Excel.RequestContext): Promise<HighlightRule[]> {
  const sheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  const loads = sheets.items.map((sheet) => ({ sheetId: sheet.id, formats: loadRules(sheet) }));
  await context.sync();
  return loads.flatMap(({ sheetId, formats }) => highlightRulesOf(sheetId, formats));
}
