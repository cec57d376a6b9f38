import { LISTS, displayLabel, type ListId } from "../../../shared/forms";
import type { WorkbookLang } from "../../../shared/i18n/lang";
import { isoToSerial } from "../../../shared/values/parse-date";

/** What the dropdown puts in a list cell: the item's label in the workbook's language. */
export function label(list: ListId, code: string, lang: WorkbookLang): string {
  const def = LISTS[list];
  const item = def.items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code} in list ${list}`);
  return displayLabel(def, item, lang);
}

export const yesNo = (yes: boolean, lang: WorkbookLang) => label("yesNo", yes ? "yes" : "no", lang);

/** A date as Excel holds it: a serial in the 1900 system. */
export const serial = (iso: string) => isoToSerial(iso);

/** A number as people write it in text: a decimal comma, «93,73». */
export const decimalText = (n: number) => String(Math.round(n * 100) / 100).replace(".", ",");

/** A sum in thousand tenge with one decimal and grouped thousands, «193 632,6». */
export const thousands = (tenge: number) =>
  (Math.round(tenge / 100) / 10)
    .toFixed(1)
    .replace(".", ",")
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
