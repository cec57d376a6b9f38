import { LISTS, displayLabel, type ListId } from "../../shared/forms";
import type { WorkbookLang } from "../../shared/i18n/lang";
import { absoluteRange } from "../../shared/xlsx/a1";
import type { SheetSpec } from "../../shared/xlsx/workbook-spec";

/** The hidden sheet that holds every dropdown's items in the template's language. */
export const LISTS_SHEET = "_lists";

const LIST_IDS = Object.keys(LISTS) as ListId[];

export interface ListRanges {
  /** Where a list's items stand, for a data validation's source. */
  rangeOf(id: ListId): string;
}

export const listRanges: ListRanges = {
  rangeOf(id) {
    const col = LIST_IDS.indexOf(id) + 1;
    return absoluteRange(LISTS_SHEET, 2, col, 1 + LISTS[id].items.length, col);
  },
};

export function listsSheet(lang: WorkbookLang): SheetSpec {
  return {
    name: LISTS_SHEET,
    state: "hidden",
    columns: LIST_IDS.map(() => ({ width: 40 })),
    cells: LIST_IDS.flatMap((id, i) => [
      { row: 1, col: i + 1, value: id, style: { bold: true } },
      ...LISTS[id].items.map((item, j) => ({ row: j + 2, col: i + 1, value: displayLabel(LISTS[id], item, lang) })),
    ]),
    tables: [],
    formats: [],
    validations: [],
  };
}
