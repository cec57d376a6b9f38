import { passport } from "../forms";
import type { Finding, FindingCode } from "../findings/finding";
import { type DataRow, type FormData, formOf, type WorkbookData } from "../findings/workbook-data";

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

/** The Passport's only row, with its form; null when the workbook has no Passport. */
export function passportOf(
  workbook: WorkbookData,
): { readonly data: FormData<typeof passport>; readonly row: DataRow<typeof passport> } | null {
  const data = formOf(workbook, passport);
  const row = data?.rows[0];
  return data && row ? { data, row } : null;
}
