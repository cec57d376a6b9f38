import type { FormDef, KeyOf } from "../forms";
import { parseCellRef } from "../xlsx/a1";
import type { FindingArgs, FindingCode } from "./codes";
import { finding, type Finding } from "./finding";
import type { DataRow, FormData } from "./workbook-data";

/** A finding at the cell of `key` in a form's row; without a row, about the whole table, at its first row. */
export function findingAt<F extends FormDef, C extends FindingCode>(
  data: FormData<F>,
  row: DataRow<F> | null,
  key: KeyOf<F> | null,
  code: C,
  ...args: FindingArgs<C>
): Finding<C> {
  const cell = row ? (key ? data.cellOf(row, key) : null) : data.firstCell;
  const sheetRow = cell ? (parseCellRef(cell)?.row ?? null) : (row?.row ?? null);
  return finding({ form: data.form.id, sheet: data.sheet, cell, row: sheetRow, field: key }, code, ...args);
}
