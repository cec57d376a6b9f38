import type { Column } from "../forms";
import type { CellStyle } from "./workbook-spec";

/** Where things stand on a form's sheet, in templates and summaries alike: a title, a line of notes, then the table. */
export const LAYOUT = { titleRow: 1, noteRow: 2, headerRow: 3, firstDataRow: 4 } as const;

export const TITLE_STYLE: CellStyle = { bold: true, size: 14 };
export const NOTE_STYLE: CellStyle = { italic: true, color: "FF595959" };
// The header carries its own colour too: LibreOffice does not draw Excel's table styles.
export const HEADER_STYLE: CellStyle = { bold: true, wrap: true, verticalTop: true, fill: "FFDDEBF7", border: true };

const NUMBER_FORMATS: Partial<Record<Column["type"], string>> = {
  rowNo: "0",
  integer: "0",
  decimal: "0.00",
  amount: "#,##0.00",
  date: "dd.mm.yyyy",
  // Text format keeps leading zeros of BINs and stops Excel turning "1-2" or "12/3" into dates.
  text: "@",
  bin: "@",
  binOrIin: "@",
  email: "@",
  phone: "@",
  url: "@",
};

/** How a value cell of this column looks: number format and wrapping. */
export function cellStyle(column: Column): CellStyle {
  const numFmt = column.numFmt ?? NUMBER_FORMATS[column.type];
  return { ...(numFmt && { numFmt }), ...(column.wrap && { wrap: true }), verticalTop: true };
}
