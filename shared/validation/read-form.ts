import type { Column, FormDef } from "../forms";
import { LANGS } from "../i18n/lang";
import { finding, type Finding, problemFinding } from "../findings/finding";
import { type CellValue, type CleanValue, cellText, foldText, isBlank, parseCell } from "../values";
import type { ValueProblem } from "../values/problem";
import { cellRef, columnLetters, parseCellRef } from "../xlsx/a1";
import { cellAt } from "../xlsx/snapshot";
import type { FormPlace } from "./locate-form";
import type { DataRow, FormData } from "../findings/workbook-data";

// A row that starts with one of these words sums the rows above it: not data.
const TOTALS_WORDS = /^\s*(итого|всего|барлығы|барлыгы|жиыны|жиынтығы|жиынтыгы|total)/i;

// Most rows read clean: they share one empty map instead of allocating their own.
const NONE_UNREADABLE: ReadonlyMap<string, string> = new Map();

export interface ReadForm {
  readonly data: FormData;
  readonly findings: readonly Finding[];
}

/** A located form's rows parsed cell by cell; every unreadable cell is a finding at its address. */
export function readForm(form: FormDef, place: FormPlace, date1904: boolean): ReadForm {
  const findings: Finding[] = [...headerFindings(form, place)];
  const context = { date1904 };
  const letters = form.columns.map((_, i) => columnLetters(place.left + i));
  const sheet = place.sheet.name;

  // The address of a cell is only built for a finding: most cells have none.
  const parseRow = (
    sheetRow: number,
    columns: readonly Column[],
    raw: readonly CellValue[],
    cellOf: (i: number) => string,
  ) => {
    const values: Record<string, CleanValue | null> = {};
    let unreadable: Map<string, string> | undefined;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column;
      const parsed = parseCell(column, raw[i] ?? null, context);
      if (parsed.ok) {
        values[column.key] = parsed.value;
        if (parsed.warning) findings.push(valueFinding(column, cellOf(i), parsed.warning));
      } else {
        values[column.key] = null;
        (unreadable ??= new Map()).set(column.key, cellText(raw[i] ?? null, date1904));
        findings.push(valueFinding(column, cellOf(i), parsed.problem));
      }
    }
    return { row: sheetRow, values, unreadable: unreadable ?? NONE_UNREADABLE };
  };

  // Its severity is the code's: contacts warn, a padded BIN is said, the rest blocks (codes.ts).
  const valueFinding = (column: Column, cell: string, problem: ValueProblem): Finding =>
    problemFinding({ form: form.id, sheet, cell, row: parseCellRef(cell)?.row ?? null, field: column.key }, problem);

  if (form.layout === "fields") {
    const fieldRows = locateFields(form, place);
    const valueColumn = place.left + 2;
    const first = Math.min(...fieldRows.values());
    // A field whose row was deleted reads as blank, so the rules still ask for it.
    const rowOf = (i: number) => fieldRows.get(form.fields[i]?.key ?? "");
    const raw = form.fields.map((_, i) => {
      const r = rowOf(i);
      return r === undefined ? null : cellAt(place.sheet, r, valueColumn);
    });
    const row = parseRow(first, form.fields, raw, (i) => cellRef(rowOf(i) ?? first, valueColumn));
    const cellOf = (_: DataRow, key: string) => {
      const r = fieldRows.get(key);
      return r === undefined ? null : cellRef(r, valueColumn);
    };
    return { data: { form, sheet, rows: [row], cellOf, firstCell: cellRef(first, valueColumn) }, findings };
  }

  const indexOf = new Map(form.columns.map((c, i) => [c.key, i]));
  const input = form.columns.map((c) => c.type !== "rowNo" && !c.fixed && !c.sumOf);
  const rows: DataRow[] = [];
  const width = form.columns.length;
  for (let r = place.headerRow + 1; r <= place.lastRow; r++) {
    // Most of a template's prepared rows hold nothing: the reader leaves them out.
    const cells = place.sheet.rows[r - 1];
    if (!cells) continue;
    const raw = new Array<CellValue>(width);
    for (let i = 0; i < width; i++) raw[i] = cells[place.left - 1 + i] ?? null;
    if (!isDataRow(form.layout, raw, input) || isTotalsRow(raw)) continue;
    rows.push(parseRow(r, form.columns, raw, (i) => `${letters[i]}${r}`));
  }
  const cellOf = (row: DataRow, key: string) => {
    const i = indexOf.get(key);
    return i === undefined ? null : `${letters[i]}${row.row}`;
  };
  const firstInput = Math.max(0, input.indexOf(true));
  return { data: { form, sheet, rows, cellOf, firstCell: `${letters[firstInput]}${place.headerRow + 1}` }, findings };
}

/** A row of a fixed table is data when its first cell is filled; of any other, when a cell the user fills is. */
function isDataRow(layout: FormDef["layout"], raw: readonly CellValue[], input: readonly boolean[]): boolean {
  if (layout === "fixed") return !isBlank(raw[0] ?? null);
  for (let i = 0; i < raw.length; i++) if (input[i] && !isBlank(raw[i] ?? null)) return true;
  return false;
}

function isTotalsRow(raw: readonly CellValue[]): boolean {
  const [first, second] = raw;
  return (
    (typeof first === "string" && TOTALS_WORDS.test(first)) || (typeof second === "string" && TOTALS_WORDS.test(second))
  );
}

/** The sheet row of each field of a vertical form: by its key in the first column, else by its place. */
function locateFields(form: Extract<FormDef, { layout: "fields" }>, place: FormPlace): Map<string, number> {
  const byKey = new Map<string, number>();
  for (let r = place.headerRow + 1; r <= place.lastRow; r++) {
    const key = cellText(cellAt(place.sheet, r, place.left));
    if (form.fields.some((f) => f.key === key) && !byKey.has(key)) byKey.set(key, r);
  }
  if (byKey.size > 0) return byKey;
  // The key column was cleared: the fields stand in the template's order.
  return new Map(form.fields.map((f, i) => [f.key, place.headerRow + 1 + i]));
}

// A column's labels in every language, folded once: every form's header is checked in every workbook.
const foldedLabels = new WeakMap<Column, ReadonlySet<string>>();
export function labelsOf(column: Column): ReadonlySet<string> {
  let labels = foldedLabels.get(column);
  if (!labels) foldedLabels.set(column, (labels = new Set(LANGS.map((l) => foldText(column.labels[l])))));
  return labels;
}

/** The header against the contract: columns are known by position, so a moved or missing column is an error. */
function headerFindings(form: FormDef, place: FormPlace): Finding[] {
  const at = (i: number) => ({
    form: form.id,
    sheet: place.sheet.name,
    cell: cellRef(place.headerRow, place.left + i),
    row: place.headerRow,
    field: form.columns[i]?.key ?? null,
  });
  const width = place.right - place.left + 1;
  if (width !== form.columns.length)
    return [finding(at(0), "columns_changed", { expected: form.columns.length, found: width })];
  const moved = form.columns.findIndex((column, i) => {
    const text = cellText(cellAt(place.sheet, place.headerRow, place.left + i));
    // A header as the template wrote it, in any language, needs no folding.
    if (LANGS.some((l) => column.labels[l] === text)) return false;
    const header = foldText(text);
    return !labelsOf(column).has(header) && form.columns.some((other) => labelsOf(other).has(header));
  });
  return moved < 0 ? [] : [finding(at(moved), "column_moved", { expectedField: form.columns[moved]?.key ?? "" })];
}
