import type { FormDef } from "../forms";
import { LANGS } from "../i18n/lang";
import { cellText, foldText, isBlank } from "../values";
import { parseCellRef } from "../xlsx/a1";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../xlsx/snapshot";

/** Where a form's table stands: its header row and columns, and the last row that may hold data. */
export interface FormPlace {
  readonly sheet: SheetSnapshot;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly lastRow: number;
  /** Found by the sheet's name and header row: a spreadsheet program dropped the table. */
  readonly byHeader: boolean;
}

// A header this far down is not the form's header any more.
const HEADER_SEARCH = { rows: 20, columns: 10 } as const;

/** A form by its table name; else, where a program dropped tables, by its sheet name and header row. */
export function locateForm(snapshot: WorkbookSnapshot, form: FormDef): FormPlace | null {
  for (const sheet of snapshot.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === form.id.toLowerCase());
    if (!table) continue;
    const [from, to] = table.ref.split(":");
    const top = parseCellRef(from ?? "");
    const bottom = parseCellRef(to ?? from ?? "");
    if (!top || !bottom) continue;
    return {
      sheet,
      headerRow: top.row,
      left: top.col,
      right: bottom.col,
      lastRow: bottom.row - table.totalsRowCount,
      byHeader: false,
    };
  }
  return locateByHeader(snapshot, form);
}

function locateByHeader(snapshot: WorkbookSnapshot, form: FormDef): FormPlace | null {
  const names = new Set(LANGS.map((l) => foldText(form.sheet[l])));
  // The form's own sheet name first; then any sheet without tables (renamed and the table dropped).
  const candidates = [
    ...snapshot.sheets.filter((s) => names.has(foldText(s.name))),
    ...snapshot.sheets.filter((s) => !names.has(foldText(s.name)) && s.tables.length === 0),
  ];
  const labels = form.columns.map((c) => new Set(LANGS.map((l) => foldText(c.labels[l]))));
  for (const sheet of candidates) {
    for (let row = 1; row <= HEADER_SEARCH.rows; row++) {
      for (let left = 1; left <= HEADER_SEARCH.columns; left++) {
        const matches = labels.filter((set, i) => set.has(foldText(cellText(cellAt(sheet, row, left + i))))).length;
        if (matches * 2 < labels.length) continue;
        const right = left + labels.length - 1;
        return { sheet, headerRow: row, left, right, lastRow: lastFilledRow(sheet, left, right), byHeader: true };
      }
    }
  }
  return null;
}

function lastFilledRow(sheet: SheetSnapshot, left: number, right: number): number {
  for (let r = sheet.rows.length; r > 0; r--) {
    const cells = sheet.rows[r - 1];
    if (cells?.slice(left - 1, right).some((v) => v !== undefined && !isBlank(v))) return r;
  }
  return 0;
}
