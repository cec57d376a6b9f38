import type { Column, FormDef } from "../../../../shared/forms";
import { describeFinding, type DataRow } from "../../../../shared/findings";
import type { Lang, WorkbookLang } from "../../../../shared/i18n";
import { checkField, type FieldCheck } from "../../use-cases/check-field";
import { rowRuleFindings, typedRow } from "../../use-cases/row-rules";
import { rowTotals } from "../../use-cases/row-totals";
import type { Draft } from "./draft";

/** What the row rules need besides the draft: its form, and the Passport's row as the workbook holds it. */
export interface RuleContext {
  readonly form: FormDef;
  readonly passport: DataRow | null;
}

/**
 * Every column's check of what the draft holds, by key: each field read as Validate reads a cell, then the
 * row's cross-field rules (measures when directly subordinate, a date within the period...) on what reads.
 */
export function draftChecks(
  columns: readonly Column[],
  draft: Draft,
  lang: Lang,
  workbookLang: WorkbookLang,
  rules?: RuleContext,
): ReadonlyMap<string, FieldCheck> {
  const checks = new Map(columns.map((c) => [c.key, checkField(c, draft.values[c.key] ?? "", lang, workbookLang)]));
  if (!rules) return checks;
  const typed = typedRow(columns, draft.values);
  // A computed total is what the sheet's formula will hold: "late" is checked against it as Validate does.
  const totals = rowTotals(rules.form, draft.values).map(({ column, total }) => [column.key, total] as const);
  const row = { ...typed, values: { ...typed.values, ...Object.fromEntries(totals) } };
  for (const finding of rowRuleFindings(rules.form, row, rules.passport, workbookLang)) {
    const check = finding.field === null ? undefined : checks.get(finding.field);
    if (!check?.ok || finding.field === null) continue;
    const message = describeFinding(finding, lang);
    checks.set(
      finding.field,
      finding.severity === "error" ? { ok: false, message } : { ...check, warning: check.warning ?? message },
    );
  }
  return checks;
}

/** A draft with one field's text changed. */
export const withValue = (draft: Draft, key: string, value: string): Draft => ({
  ...draft,
  values: { ...draft.values, [key]: value },
});

/** A draft with one field marked as left. */
export const withTouched = (draft: Draft, key: string): Draft =>
  draft.touched.includes(key) ? draft : { ...draft, touched: [...draft.touched, key] };
