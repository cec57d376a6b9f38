import type { Severity } from "../../../shared/findings";
import type { DateCell } from "../../../shared/values";
import type { WorkbookSnapshot } from "../../../shared/xlsx";

/** A cell of the open workbook: its sheet as named there, and its A1 address. */
export interface CellPlace {
  readonly sheet: string;
  readonly address: string;
}

/** A finding's cell, shown in the workbook until the next validation. */
export interface CellMark extends CellPlace {
  readonly severity: Severity;
}

/**
 * What a cell is given: null leaves the cell as it is (a formula column, a value not asked for).
 * Text stays text, never a formula or a number ("+7 701 ...", "050340001237"); a date is a serial shown as dd.mm.yyyy.
 */
export type CellInput = string | number | boolean | DateCell | null;

/** A value for one cell, as the user would type it there. */
export interface CellWrite extends CellPlace {
  readonly value: CellInput;
}

export type SelectResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: "no_such_sheet" | "sheet_hidden" };

export type InsertResult =
  | { readonly ok: true; readonly sheets: readonly string[] }
  /** The host lacks the API set (Excel 2016 and 2019 without updates): the pane says so. */
  | { readonly ok: false; readonly reason: "unsupported"; readonly requirement: string };

export type CreateResult =
  | { readonly ok: true }
  /** The host lacks the API set (ExcelApi 1.8), or cannot open workbooks (the workbench). */
  | { readonly ok: false; readonly reason: "unsupported"; readonly requirement: string };

export type MetaWriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: "no_meta" };

export type AppendResult =
  | { readonly ok: true; readonly sheet: string; readonly row: number; readonly address: string }
  | { readonly ok: false; readonly reason: "no_such_table" | "too_many_values" };

/** Rows appended: the sheet rows they fill, the first one's and the range's address. */
export type AppendRowsResult =
  | { readonly ok: true; readonly sheet: string; readonly row: number; readonly address: string }
  | { readonly ok: false; readonly reason: "no_such_table" | "too_many_values" | "no_rows" };

/** Sheets whose conditional formats could not be read (a rule of the user's Excel fails to read): old highlights may stay there. */
export interface HighlightResult {
  readonly unread: readonly string[];
}

export type WriteCellsResult = { readonly ok: true } | { readonly ok: false; readonly reason: "no_such_sheet" };

export type MetaEntries = readonly (readonly [key: string, value: string])[];

/**
 * The open workbook as the task pane uses it. The Office.js adapter talks to Excel; the in-memory one
 * serves tests and the workbench page. Both behave the same: a contract test suite runs against each.
 */
export interface WorkbookPort {
  /** Every sheet, table and cell value the validation reads. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Shows these cells as findings, in place of the ones shown before; the user's formatting stays. */
  highlight(cells: readonly CellMark[]): Promise<HighlightResult>;
  /** Goes to a cell: activates its sheet and selects it. */
  select(cell: CellPlace): Promise<SelectResult>;
  /** Adds the sheets of an .xlsx file (the template) at the end of the workbook. */
  insertSheets(base64: string): Promise<InsertResult>;
  /** Deletes the sheets of these names the workbook still has (a summary inserted before); returns their names. */
  deleteSheets(names: readonly string[]): Promise<string[]>;
  /**
   * The cells among these (on sheets the workbook has) whose list dropdown is gone or whose list's source
   * no longer resolves (its sheet or name missing, `#REF!`); none where the host cannot tell.
   */
  brokenDropdowns(cells: readonly CellPlace[]): Promise<CellPlace[]>;
  /** Opens an .xlsx file (the template, a summary) as a new workbook of its own. */
  createWorkbook(base64: string): Promise<CreateResult>;
  /** The `Meta` table's keys and values; null when the workbook has none. */
  readMeta(): Promise<ReadonlyMap<string, string> | null>;
  /** Sets keys of the `Meta` table: a key's row is updated, a missing key gets a new row. */
  writeMeta(entries: MetaEntries): Promise<MetaWriteResult>;
  /** Fills the table's first blank row (templates prepare them), else adds one; values in column order. */
  appendRow(table: string, values: readonly CellInput[]): Promise<AppendResult>;
  /**
   * Writes rows, values in column order, into the table's rows after the last one that holds something, in
   * one write; the table grows by the rows its blank ones lack. Nothing is written when any row is too wide.
   */
  appendRows(table: string, rows: readonly (readonly CellInput[])[]): Promise<AppendRowsResult>;
  /** Sets cells' values (the Passport's value column); a sheet missing leaves every cell as it was. */
  writeCells(cells: readonly CellWrite[]): Promise<WriteCellsResult>;
  /**
   * Tells the listener when the workbook changes, with the changed sheet's name where the host says it (null
   * otherwise); returns the function that stops telling.
   */
  onChanged(listener: (sheet: string | null) => void): () => void;
}
