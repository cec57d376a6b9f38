import { LANGS } from "../i18n/lang";
import type { ListDef } from "../forms/lists";
import { type CellValue, errorCode, isDateCell } from "./cell-value";
import { foldText } from "./fold-text";
import { cellText } from "./parse-text";
import { type Parsed, fail, ok } from "./problem";

const matchers = new WeakMap<ListDef, Map<string, string>>();

/** Every way of writing an item (its code, its label in kk, ru and en, its synonyms) to its code. */
export function listMatcher(list: ListDef): Map<string, string> {
  let byKey = matchers.get(list);
  if (!byKey) {
    byKey = new Map();
    for (const item of list.items) {
      for (const text of [item.code, ...LANGS.map((l) => item.labels[l]), ...item.synonyms])
        byKey.set(foldText(text), item.code);
    }
    matchers.set(list, byKey);
  }
  return byKey;
}

// "3", "3.", "3. Оказание ...", "3 - ...": a numeric code leads the label in dropdowns.
const LEADING_CODE = /^(\d+)(?:\s*[.)\-–—:]|$)/;

/**
 * A label in any language, a synonym, or the code itself, to the item's code.
 * Lists that allow free text keep unmatched text as written.
 */
export function parseListItem(raw: CellValue, list: ListDef): Parsed<string> {
  const error = errorCode(raw);
  if (error) return fail("error_value", { error });
  const text = cellText(raw);
  if (typeof raw === "boolean" || raw === null || isDateCell(raw)) return fail("not_in_list", { value: text });
  let memo = memos.get(list);
  if (!memo || memo.size > MEMO_SIZE) memos.set(list, (memo = new Map()));
  let parsed = memo.get(text);
  if (!parsed) memo.set(text, (parsed = matchItem(text, list)));
  return parsed;
}

// A list column repeats a few labels thousands of times: each distinct text is folded and matched once.
const memos = new WeakMap<ListDef, Map<string, Parsed<string>>>();
const MEMO_SIZE = 10_000;

function matchItem(text: string, list: ListDef): Parsed<string> {
  const code = listMatcher(list).get(foldText(text));
  if (code !== undefined) return ok(code);
  if (list.numericCodes) {
    const lead = LEADING_CODE.exec(text)?.[1];
    if (lead !== undefined && list.items.some((i) => i.code === lead)) return ok(lead);
  }
  return list.allowsFreeText ? ok(text) : fail("not_in_list", { value: text });
}
