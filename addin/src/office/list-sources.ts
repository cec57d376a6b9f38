/// <reference types="office-js" />
import type { CellPlace } from "../port/workbook-port";

/** `='_lists'!$A$2:$A$9` or `=_lists!$A$2:$A$9`: a range of a sheet; the sheet's name quoted or not. */
const SHEET_RANGE = /^=?(?:'((?:[^']|'')+)'|([^'!#=]+))!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
/** `=Items`: a defined name. */
const DEFINED_NAME = /^=([\p{L}_\\][\p{L}\p{N}_.\\]*)$/u;

/** What tells whether a source resolves, once synced. */
type Resolution =
  { readonly sheet: Excel.Worksheet } | { readonly name: Excel.NamedItem } | { readonly resolves: boolean };

/**
 * Queues what tells whether a list's source resolves: a range's sheet must exist
 * (excel.worksheetcollection#getitemornullobject), a name must exist and be a range (excel.nameditemcollection
 * #getitemornullobject, excel.nameditem#type). A reference Excel broke reads `#REF!`; items typed into the rule
 * (`Yes,No`, no `=`) refer to nothing.
 */
function queueResolution(context: Excel.RequestContext, source: string): Resolution {
  if (source.includes("#REF!")) return { resolves: false };
  const range = SHEET_RANGE.exec(source);
  if (range)
    return { sheet: context.workbook.worksheets.getItemOrNullObject(range[1]?.replace(/''/g, "'") ?? range[2] ?? "") };
  const name = DEFINED_NAME.exec(source);
  if (name) return { name: context.workbook.names.getItemOrNullObject(name[1] ?? "").load("type") };
  return { resolves: !source.startsWith("=") };
}

/** After the sync. */
function resolves(resolution: Resolution): boolean {
  if ("sheet" in resolution) return !resolution.sheet.isNullObject;
  if ("name" in resolution) return !resolution.name.isNullObject && resolution.name.type === "Range";
  return resolution.resolves;
}

/**
 * The cells whose list dropdown is gone or whose source does not resolve. One sync reads every cell's data
 * validation (excel.range#datavalidation, excel.datavalidation#type and #rule, excel.listdatavalidation#source:
 * ExcelApi 1.8); one more resolves each distinct source.
 */
export async function brokenDropdowns(
  context: Excel.RequestContext,
  cells: readonly CellPlace[],
): Promise<CellPlace[]> {
  const validations = cells.map((cell) =>
    context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address).dataValidation.load("type,rule"),
  );
  await context.sync();
  const sources = validations.map((v) => (v.type === "List" ? v.rule.list?.source : undefined));
  const resolutions = new Map<string, Resolution>();
  for (const source of sources)
    if (typeof source === "string" && !resolutions.has(source))
      resolutions.set(source, queueResolution(context, source));
  await context.sync();
  return cells.filter((_, i) => {
    const source = sources[i];
    const resolution = typeof source === "string" ? resolutions.get(source) : undefined;
    return !resolution || !resolves(resolution);
  });
}
