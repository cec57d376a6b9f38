import { type FormDef, valueColumns } from "../forms";
import type { Finding, FindingCode } from "../findings/finding";
import type { DataRow, FormData, WorkbookData } from "../findings/workbook-data";

/** A check of a workbook's forms: it yields findings of the codes it declares and never throws on the data. */
export interface Rule<C extends FindingCode = FindingCode> {
  (workbook: WorkbookData): Iterable<Finding<C>>;
  readonly emits: readonly C[];
}

/** A rule with the codes it emits: yielding any other code does not compile. */
export function defineRule<const C extends FindingCode>(
  emits: readonly C[],
  check: (workbook: WorkbookData) => Iterable<Finding<NoInfer<C>>>,
): Rule<C> {
  return Object.assign(check, { emits });
}

/** A key of a form, checked when the rule's module loads, so a rule's data never names a missing column. */
export function fieldOf(form: FormDef, key: string): string {
  if (!valueColumns(form).some((c) => c.key === key)) throw new Error(`form ${form.id} has no field ${key}`);
  return key;
}

/** The Passport's only row, with its form; null when the workbook has no Passport. */
export function passportOf(workbook: WorkbookData): { readonly data: FormData; readonly row: DataRow } | null {
  const data = workbook.forms.get("Passport");
  const row = data?.rows[0];
  return data && row ? { data, row } : null;
}
