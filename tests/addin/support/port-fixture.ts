import type { CellValue } from "../../../shared/values";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { cellRef } from "../../../shared/xlsx/a1";

/** 14.02.2025 and 23.05.2025 as serials. */
export const SIGNED = 45702;
export const DUE = 45800;

/**
 * A small workbook as the template lays one out: a form with prepared blank rows and a note below,
 * a full form with a totals row, the hidden `_meta`, and a hidden sheet without tables.
 */
export const FIXTURE: WorkbookSnapshot = {
  date1904: false,
  sheets: [
    {
      name: "Договоры",
      state: "visible",
      tables: [{ name: "Contracts", ref: "A3:D7", totalsRowCount: 0 }],
      rows: [
        ["Договоры"],
        undefined,
        ["№", "Номер", "Дата", "Контрагент"],
        [1, "12-К", { serial: SIGNED }, "ТОО «Альфа»"],
        undefined,
        undefined,
        undefined,
        undefined,
        ["Примечание: суммы в тенге"],
      ],
    },
    {
      name: "Риски",
      state: "visible",
      tables: [{ name: "Risks", ref: "A1:C4", totalsRowCount: 1 }],
      rows: [
        ["№", "Риск", "Сумма"],
        [1, "Закуп у одного поставщика", 150000.5],
        [2, "Родственники в подчинении", true],
        ["Итого", null, 150000.5],
        undefined,
        ["под таблицей"],
      ],
    },
    { name: "_lists", state: "hidden", tables: [], rows: [["Да"], ["Нет"]] },
    {
      name: "_meta",
      state: "hidden",
      tables: [{ name: "Meta", ref: "A1:B4", totalsRowCount: 0 }],
      rows: [
        ["key", "value"],
        ["template", "vakr"],
        ["version", "1"],
        ["lang", "ru"],
      ],
    },
  ],
};

/** A snapshot flattened to what a reader looks for: each sheet's state and tables, and its non-blank cells. */
export function contentsOf(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    state: sheet.state,
    tables: sheet.tables,
    cells: sheet.rows.flatMap((row, r) =>
      (row ?? []).flatMap((value: CellValue | undefined, c) =>
        value === null || value === undefined || value === "" ? [] : [[cellRef(r + 1, c + 1), value]],
      ),
    ),
  }));
}

/** A sheet's row, 1-based, as wide as asked: blanks are null. */
export function rowOf(snapshot: WorkbookSnapshot, sheet: string, row: number, width: number): CellValue[] {
  const cells = snapshot.sheets.find((s) => s.name === sheet)?.rows[row - 1] ?? [];
  return Array.from({ length: width }, (_, c) => cells[c] ?? null);
}
