import type { FormDef } from "../../../shared/forms";
import { locateForm } from "../../../shared/validation";
import { cellText, isBlank } from "../../../shared/values";
import { cellRef, cellAt, type WorkbookSnapshot } from "../../../shared/xlsx";
import type { CellInput, CellWrite } from "../port/workbook-port";
import { inputColumns } from "./input-columns";

/** A row of a form's table that holds something: its entry number (1 for the table's first row) and texts. */
export interface TableRow {
  readonly entry: number;
  /** The sheet row. */
  readonly row: number;
  /** What each column's cell shows, by key. */
  readonly texts: Readonly<Record<string, string>>;
}

/** Where a form's table stands in the open workbook, and its rows that are not blank. */
export interface TableRows {
  readonly sheet: string;
  readonly rows: readonly TableRow[];
  /** The A1 address of a column's cell in a sheet row. */
  readonly cellOf: (row: number, key: string) => string;
}

/** The rows already entered in a form's table; null when the workbook lacks it. */
export function tableRows(snapshot: WorkbookSnapshot, form: FormDef): TableRows | null {
  const place = locateForm(snapshot, form);
  if (!place) return null;
  const rows: TableRow[] = [];
  for (let row = place.headerRow + 1; row <= place.lastRow; row++) {
    const texts = Object.fromEntries(
      form.columns.map((c, i) => [
        c.key,
        cellText(cellAt(place.sheet, row, place.left + i) ?? null, snapshot.date1904),
      ]),
    );
    if (form.columns.some((c) => !isBlank(texts[c.key] ?? null)))
      rows.push({ entry: row - place.headerRow, row, texts });
  }
  const cellOf = (row: number, key: string) => cellRef(row, place.left + form.columns.findIndex((c) => c.key === key));
  return { sheet: place.sheet.name, rows, cellOf };
}

/**
 * The cells that set a row to these values: the columns the user fills, a value left out cleared (not kept,
 * as `appendRow`'s null would), formulas and fixed columns untouched.
 */
export function rowWrites(
  table: TableRows,
  form: FormDef,
  row: number,
  values: Readonly<Record<string, CellInput>>,
): CellWrite[] {
  return inputColumns(form).map((c) => ({
    sheet: table.sheet,
    address: table.cellOf(row, c.key),
    value: values[c.key] ?? "",
  }));
}

/**
 * The cells that empty a row, its number too: many Excel versions cannot undo an add-in's write, and a
 * blank row is where the next added row goes, so nothing shifts under the user's formulas.
 */
export function clearRowWrites(table: TableRows, form: FormDef, row: number): CellWrite[] {
  return form.columns
    .filter((c) => !c.sumOf && !c.fixed)
    .map((c) => ({ sheet: table.sheet, address: table.cellOf(row, c.key), value: "" }));
}
