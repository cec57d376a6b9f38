import type { Column, FormDef } from "../forms";
import { labelsOf } from "../validation/read-form";
import { foldText, formatIsoDate, isBlank, serialToIso } from "../values";
import { splitBlock } from "./split-block";

/** A column of the pasted block and what it was taken for. */
export interface PastedColumn {
  /** Its place in the block, from 0. */
  readonly index: number;
  /** The header row's cell, when the block has a header row. */
  readonly header: string | null;
  /**
   * The form's column it holds; null when it holds none (a header the form does not know, a cell beyond the
   * form's columns): its values are not read, and the pane says so.
   */
  readonly column: Column | null;
  /** Whether its values are read: a column the user fills (not the row number the table gives). */
  readonly read: boolean;
  /** Its non-blank cells below the header. */
  readonly count: number;
  /** Its first non-blank cell below the header, as pasted. */
  readonly sample: string | null;
}

/** A row of the block that holds something. */
export interface PastedRow {
  /** Its place in the block, from 1, the header row counted: what the user sees as the block's row. */
  readonly line: number;
  /** Its cells as pasted, so a row not added can be given back as it was. */
  readonly cells: readonly string[];
  /** What each read column's cell says, by column key, as the value parsers take it. */
  readonly texts: Readonly<Record<string, string>>;
}

export interface PastedBlock {
  /** The header row's cells, when the block starts with one: columns are then matched by their labels. */
  readonly header: readonly string[] | null;
  readonly columns: readonly PastedColumn[];
  readonly rows: readonly PastedRow[];
}

/**
 * A block copied from Excel or an accounting program, read against a form's table: a first row whose cells
 * are the form's column labels (in any language, folded as Validate folds headers) is a header, and columns
 * are matched by it; otherwise the columns stand in the form's order: the table's own, when the block is as
 * wide as the table and its first column holds row numbers, else the columns a user fills (`inputs`). Rows
 * without anything in them are not data.
 */
export function readBlock(text: string, form: FormDef, inputs: readonly Column[]): PastedBlock {
  const lines = splitBlock(text);
  const first = lines.findIndex((cells) => !cells.every(isBlank));
  const header = first >= 0 ? headerColumns(lines[first]!, form) : null;
  const width = Math.max(0, ...lines.map((cells) => cells.length));
  const data = lines.filter((cells) => !cells.every(isBlank));
  // As wide as the table, and numbered in its first column: the table's own columns, `№` first.
  const numbered = width === form.columns.length && data.every((cells) => ROW_NUMBER.test(cells[0] ?? ""));
  const order = numbered ? form.columns : inputs;
  const columnAt = (i: number): Column | null => (header ? header[i] : order[i]) ?? null;
  const readable = new Set(inputs);

  const rows: PastedRow[] = [];
  lines.forEach((cells, i) => {
    if ((header && i === first) || cells.every(isBlank)) return;
    const texts: Record<string, string> = {};
    cells.forEach((cell, index) => {
      const column = columnAt(index);
      if (column && readable.has(column)) texts[column.key] = pastedText(column, cell);
    });
    rows.push({ line: i + 1, cells, texts });
  });

  const columns = Array.from({ length: width }, (_, index): PastedColumn => {
    const values = rows.map((row) => row.cells[index] ?? "").filter((cell) => !isBlank(cell));
    const column = columnAt(index);
    return {
      index,
      header: header ? (lines[first]![index] ?? "") : null,
      column,
      read: column !== null && readable.has(column),
      count: values.length,
      sample: values[0] ?? null,
    };
  });
  return { header: header ? lines[first]! : null, columns, rows };
}

/**
 * The form's column under each cell of a row when the row is a header: two of its cells at least, and half of
 * those that hold something, are labels of the form's columns; a label met again names nothing the second time.
 */
function headerColumns(cells: readonly string[], form: FormDef): (Column | null)[] | null {
  const taken = new Set<Column>();
  const columns = cells.map((cell) => {
    const folded = foldText(cell);
    const column = form.columns.find((c) => !taken.has(c) && labelsOf(c).has(folded)) ?? null;
    if (column) taken.add(column);
    return column;
  });
  const filled = cells.filter((cell) => !isBlank(cell)).length;
  return taken.size >= 2 && taken.size * 2 >= filled ? columns : null;
}

const ROW_NUMBER = /^\s*\d*\s*$/;

// A date cell formatted as a number in the program it was copied from comes as Excel's serial: 45800.
const SERIAL = /^\s*\d{1,7}\s*$/;

/**
 * A cell's text as the value parsers take it: a date column's serial becomes the date it counts (in the
 * 1900 system, which programs copying a serial use), so `parseCell` judges its range as for a typed date.
 */
function pastedText(column: Column, cell: string): string {
  if (column.type !== "date" || !SERIAL.test(cell)) return cell;
  const iso = serialToIso(Number(cell), false);
  return iso === null ? cell : formatIsoDate(iso);
}
