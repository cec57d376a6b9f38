import type { ChartSpec } from "./write/chart-xml";

/**
 * What a workbook we write holds, as plain data: sheets, cells, tables, formats, dropdowns.
 * Builders (templates, later summaries) produce it; one adapter turns it into an .xlsx file,
 * so the library behind the adapter can be replaced without touching them.
 */

export type SpecValue = string | number | boolean | null | FormulaValue;

/** A formula with the value a reader should see before Excel recalculates it. */
export interface FormulaValue {
  readonly formula: string;
  readonly result: string | number;
}

export interface CellStyle {
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  /** ARGB, e.g. `FF595959`. */
  readonly color?: string;
  readonly verticalTop?: boolean;
  /** Solid background, ARGB. */
  readonly fill?: string;
  /** A thin border on every side. */
  readonly border?: boolean;
}

export type ValidationRule =
  /** No constraint: the input prompt alone. */
  | { readonly type: "any" }
  | { readonly type: "list"; readonly source: string; readonly strict: boolean }
  | { readonly type: "whole" | "decimal"; readonly min: number }
  | { readonly type: "date"; readonly min: string; readonly max: string }
  | { readonly type: "textLength"; readonly length: number }
  /** A formula that must be true, written for the range's top-left cell (Excel shifts it for the others). */
  | { readonly type: "custom"; readonly formula: string };

export interface ValidationSpec {
  /** A bounded range such as `C4:C303`: never a whole column. */
  readonly range: string;
  readonly rule: ValidationRule;
  readonly prompt?: string;
  readonly promptTitle?: string;
  readonly error?: string;
  readonly errorTitle?: string;
}

export interface TableSpec {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  /** Empty when the table is streamed. */
  readonly rows: readonly (readonly SpecValue[])[];
  /** The style of every data cell of a column, by its index in the table. */
  readonly columnStyles?: readonly (CellStyle | undefined)[];
  /** Rows come later, through `writeStreamedXlsx`'s sink: at most one such table per sheet, with nothing below it. */
  readonly streamed?: boolean;
}

/** A bar in each data cell of a table's column, its length the cell's value between the column's least and greatest. */
export interface DataBarSpec {
  readonly table: string;
  /** 0-based, within the table. */
  readonly column: number;
  /** ARGB, e.g. `FF638EC6`. */
  readonly color: string;
}

export interface SheetSpec {
  readonly name: string;
  readonly state: "visible" | "hidden";
  readonly columns: readonly { readonly width: number; readonly hidden?: boolean }[];
  readonly cells: readonly {
    readonly row: number;
    readonly col: number;
    readonly value: SpecValue;
    readonly style?: CellStyle;
  }[];
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly tables: readonly TableSpec[];
  /** Formats applied to every cell of a range (A1). */
  readonly formats: readonly { readonly range: string; readonly style: CellStyle }[];
  readonly validations: readonly ValidationSpec[];
  readonly dataBars?: readonly DataBarSpec[];
  /** Native charts drawn over the sheet's cells. */
  readonly charts?: readonly ChartSpec[];
  /** Rows kept in view while scrolling. */
  readonly frozenRows?: number;
  /** Rows printed again at the top of every page, e.g. `3:3`. */
  readonly printTitleRows?: string;
  /** Printed across. */
  readonly landscape?: boolean;
  /** Pages a printed row spans, 1 unless a table is too wide to read on one. */
  readonly pagesWide?: number;
  /** Columns printed again at the left of every page, e.g. `A:B`. */
  readonly printTitleColumns?: string;
  /** Printed at the top of every page: left and right. */
  readonly pageHeader?: { readonly left: string; readonly right: string };
  /** Printed on one page, shrunk to fit both ways. */
  readonly onePage?: boolean;
}

export interface WorkbookSpec {
  readonly title: string;
  /** Written as the document's dates, so the same inputs give the same bytes. */
  readonly date: Date;
  readonly sheets: readonly SheetSpec[];
}
