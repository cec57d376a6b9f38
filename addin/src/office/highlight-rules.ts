/// <reference types="office-js" />
import { isHighlightFormula } from "./highlight-rule";

/** Our conditional formats on the sheets that could be read, and the sheets that could not. */
export interface FoundRules {
  readonly ours: readonly Excel.ConditionalFormat[];
  readonly unread: readonly string[];
}

/** Queues the load of a sheet's conditional formats: enough to tell ours from the user's. */
function loadRules(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
}

/** Ours among a sheet's loaded conditional formats, by their marker formula. */
function oursOf(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter(
    (format) => !format.customOrNullObject.isNullObject && isHighlightFormula(format.customOrNullObject.rule.formula),
  );
}

/**
 * Our conditional formats, found afresh: their ids are priorities that change with every rule added or
 * deleted, so none is kept between runs. All sheets in one sync; should a user's rule refuse to be read
 * (office-js #6827, #6835), each sheet in a sync of its own, and a sheet that still fails is left as it is.
 */
export async function findHighlightRules(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<FoundRules> {
  const all = sheets.map(loadRules);
  try {
    await context.sync();
    return { ours: all.flatMap(oursOf), unread: [] };
  } catch {
    // Only when a rule failed: one sync per sheet is what isolates it.
    const ours: Excel.ConditionalFormat[] = [];
    const unread: string[] = [];
    for (const sheet of sheets) {
      const found = await oursOnSheet(context, sheet);
      if (found) ours.push(...found);
      else unread.push(sheet.name);
    }
    return { ours, unread };
  }
}

/** Ours on one sheet, in a sync of its own; null when its rules cannot be read. */
async function oursOnSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<Excel.ConditionalFormat[] | null> {
  const formats = loadRules(sheet);
  try {
    await context.sync();
    return oursOf(formats);
  } catch {
    return null;
  }
}
