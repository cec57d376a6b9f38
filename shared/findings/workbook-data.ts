import type { FormDef, KeyOf, ValuesOf } from "../forms";
import type { WorkbookLang } from "../i18n/lang";

/** One data row of a form (a vertical form: all its fields), its cells parsed; typed by its form's columns. */
export interface DataRow<F extends FormDef = FormDef> {
  /** The sheet row (1-based); a vertical form's first field row. */
  readonly row: number;
  /** Clean values by column key: codes for lists, ISO dates, numbers, booleans; null when blank or unreadable. */
  readonly values: ValuesOf<F>;
  /** Keys whose cell holds something that is not a value, with the text the user sees (already a finding). */
  readonly unreadable: ReadonlyMap<string, string>;
}

/** A form as found in a workbook. */
export interface FormData<F extends FormDef = FormDef> {
  /** The form as the workbook's version holds it (`formAt`): a version 1 form lacks later columns. */
  readonly form: FormDef;
  /** The sheet as named in the file. */
  readonly sheet: string;
  readonly rows: readonly DataRow<F>[];
  /** The A1 address of a key's cell in a row; null when the sheet has no such cell. */
  cellOf(row: DataRow<F>, key: KeyOf<F>): string | null;
  /** The first cell the user fills in the table's first row: where a finding about the whole table stands. */
  readonly firstCell: string | null;
}

/** Every form found in one workbook, by table name. */
export interface WorkbookData {
  readonly lang: WorkbookLang;
  /** The contract version the workbook was read by (its `_meta` version). */
  readonly version: number;
  readonly forms: ReadonlyMap<string, FormData>;
}

/**
 * A form of the workbook with its rows typed by the form's definition; undefined when the workbook lacks it.
 * The reader keys every row's values by the columns of that very form (read-form.ts).
 */
export function formOf<F extends FormDef>(workbook: WorkbookData, form: F): FormData<F> | undefined {
  return workbook.forms.get(form.id) as FormData<F> | undefined;
}
