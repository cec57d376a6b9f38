import type { Finding, FindingParams, Severity } from "../findings/finding";
import { parseCellRef } from "../xlsx/a1";
import type { DataRow, FormData } from "./workbook-data";

/** A finding at the cell of `key` in a form's row; without a row, about the whole table, at its first row. */
export function findingAt(
  data: FormData,
  row: DataRow | null,
  key: string | null,
  code: string,
  severity: Severity,
  params: FindingParams = {},
): Finding {
  const cell = row ? (key ? data.cellOf(row, key) : null) : data.firstCell;
  const sheetRow = cell ? (parseCellRef(cell)?.row ?? null) : (row?.row ?? null);
  return { code, severity, form: data.form.id, sheet: data.sheet, cell, row: sheetRow, field: key, params };
}
