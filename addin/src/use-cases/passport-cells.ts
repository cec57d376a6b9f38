import { passport } from "../../../shared/forms";
import { locateForm } from "../../../shared/validation";
import { cellText } from "../../../shared/values";
import { cellRef, cellAt, type WorkbookSnapshot } from "../../../shared/xlsx";

export interface PassportCell {
  readonly address: string;
  /** What the cell shows: dates as dd.mm.yyyy. */
  readonly text: string;
}

export interface PassportCells {
  readonly sheet: string;
  /** By field key. */
  readonly cells: ReadonlyMap<string, PassportCell>;
}

/** The Passport's value cells: a row per field, its key in the table's first column and its value in the third. */
export function passportCells(snapshot: WorkbookSnapshot): PassportCells | null {
  const place = locateForm(snapshot, passport);
  if (!place) return null;
  const cells = new Map<string, PassportCell>();
  for (let row = place.headerRow + 1; row <= place.lastRow; row++) {
    const key = cellText(cellAt(place.sheet, row, place.left));
    const value = cellAt(place.sheet, row, place.left + 2);
    if (key !== "" && !cells.has(key))
      cells.set(key, { address: cellRef(row, place.left + 2), text: cellText(value, snapshot.date1904) });
  }
  return { sheet: place.sheet.name, cells };
}
