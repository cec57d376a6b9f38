import type { Column } from "../../../../shared/forms";
import type { Lang, WorkbookLang } from "../../../../shared/i18n/lang";
import { checkField, type FieldCheck } from "../../use-cases/check-field";
import type { Draft } from "./draft";

/** Every column's check of what the draft holds, by key. */
export function draftChecks(
  columns: readonly Column[],
  draft: Draft,
  lang: Lang,
  workbookLang: WorkbookLang,
): ReadonlyMap<string, FieldCheck> {
  return new Map(columns.map((c) => [c.key, checkField(c, draft.values[c.key] ?? "", lang, workbookLang)]));
}

/** A draft with one field's text changed. */
export const withValue = (draft: Draft, key: string, value: string): Draft => ({
  ...draft,
  values: { ...draft.values, [key]: value },
});

/** A draft with one field marked as left. */
export const withTouched = (draft: Draft, key: string): Draft =>
  draft.touched.includes(key) ? draft : { ...draft, touched: [...draft.touched, key] };
