import { type Column, CONTRACT_VERSION, type FormDef, passport } from "../../../shared/forms";
import type { Finding, DataRow, FormData } from "../../../shared/findings";
import type { WorkbookLang } from "../../../shared/i18n";
import { ROW_RULES } from "../../../shared/rules";
import { locateForm, readForm } from "../../../shared/validation";
import { type CleanValue, parseCell } from "../../../shared/values";
import type { WorkbookSnapshot } from "../../../shared/xlsx";

/** A row as typed: each field read as Validate reads its cell, what cannot be read set aside. */
export function typedRow(columns: readonly Column[], texts: Readonly<Record<string, string>>): DataRow {
  const values: Record<string, CleanValue | null> = {};
  const unreadable = new Map<string, string>();
  for (const column of columns) {
    const text = texts[column.key] ?? "";
    const parsed = parseCell(column, text);
    values[column.key] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) unreadable.set(column.key, text);
  }
  return { row: 1, values, unreadable };
}

/** The Passport's row as the workbook holds it (its period bounds the contracts' dates); null without one. */
export function passportRow(snapshot: WorkbookSnapshot): DataRow | null {
  const place = locateForm(snapshot, passport);
  return place ? (readForm(passport, place, snapshot.date1904).data.rows[0] ?? null) : null;
}

const formData = (form: FormDef, row: DataRow): FormData => ({
  form,
  sheet: "",
  rows: [row],
  cellOf: () => null,
  firstCell: null,
});

/**
 * What Validate's one-row rules say of a row before it is written: the rule modules themselves run on a
 * workbook of that row (and the Passport), so the pane never holds a second copy of a rule.
 */
export function rowRuleFindings(
  form: FormDef,
  row: DataRow,
  passportData: DataRow | null,
  lang: WorkbookLang,
): Finding[] {
  const forms = new Map<string, FormData>([[form.id, formData(form, row)]]);
  if (passportData && form.id !== passport.id) forms.set(passport.id, formData(passport, passportData));
  // The pane's forms are the current contract's: their rows are checked as that version's.
  const workbook = { lang, version: CONTRACT_VERSION, forms };
  return ROW_RULES.flatMap((rule) => [...rule(workbook)]).filter((f) => f.form === form.id && f.field !== null);
}
