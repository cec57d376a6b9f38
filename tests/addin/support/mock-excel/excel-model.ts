import type { Severity } from "../../../../shared/findings/finding";
import { isCellError, isDateCell } from "../../../../shared/values";
import { cellRef, columnLetters } from "../../../../shared/xlsx/a1";
import type { WorkbookSnapshot } from "../../../../shared/xlsx/snapshot";
import { HIGHLIGHT_FILL, isHighlightFormula } from "../../../../addin/src/office/highlight-rule";
import { parseRangeRef, type Rect } from "../../../../addin/src/port/range-ref";
import type { CellMark } from "../../../../addin/src/port/workbook-port";

type Visibility = "Visible" | "Hidden" | "VeryHidden";
export type Raw = string | number | boolean;

export interface ModelCell {
  value: Raw;
  format: string;
}

export interface ModelSheet {
  readonly id: string;
  name: string;
  visibility: Visibility;
  /** By `row,col`. */
  readonly cells: Map<string, ModelCell>;
}

export interface ModelTable {
  name: string;
  readonly sheet: ModelSheet;
  rect: Rect;
  showTotals: boolean;
}

export interface ModelRule {
  readonly id: string;
  readonly sheet: ModelSheet;
  readonly type: "Custom" | "CellValue";
  formula: string;
  fill: string | null;
  /** The cells it applies to, as an address list. */
  readonly addresses: string;
}

const STATES = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const MOCK_DATE_FORMAT = "dd.mm.yyyy";
const key = (row: number, col: number) => `${row},${col}`;

/** What Excel holds in the mock: sheets of cells with number formats, tables, conditional formats, the selection. */
export class ExcelModel {
  readonly sheets: ModelSheet[] = [];
  readonly tables: ModelTable[] = [];
  readonly rules: ModelRule[] = [];
  selection: { sheet: string; address: string } | null = null;
  active: ModelSheet | null = null;
  /** Reads of `range.format`: the adapter must never touch the user's formatting. */
  formatTouches = 0;
  /** Every address list given to `getRanges`. */
  readonly rangeLists: string[] = [];
  private ids = 0;

  /** `apiVersion`: the newest ExcelApi set the host supports. */
  constructor(readonly apiVersion = "1.17") {}

  /** A workbook holding a snapshot's values; a date gets a date format, as Excel shows it. */
  static fromSnapshot(snapshot: WorkbookSnapshot, apiVersion?: string): ExcelModel {
    const model = new ExcelModel(apiVersion);
    model.addSnapshot(snapshot);
    return model;
  }

  nextId(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }

  addSnapshot(snapshot: WorkbookSnapshot): ModelSheet[] {
    return snapshot.sheets.map((from) => {
      if (this.sheet(from.name)) throw new Error(`the mock does not rename sheets: ${from.name} exists`);
      const sheet: ModelSheet = {
        id: this.nextId("sheet"),
        name: from.name,
        visibility: STATES[from.state],
        cells: new Map(),
      };
      from.rows.forEach((row, r) =>
        row?.forEach((value, c) => {
          if (value === null || value === undefined) return;
          if (isDateCell(value)) this.put(sheet, r + 1, c + 1, { value: value.serial, format: MOCK_DATE_FORMAT });
          else this.put(sheet, r + 1, c + 1, { value: isCellError(value) ? value.error : value, format: "General" });
        }),
      );
      for (const table of from.tables) {
        const rect = parseRangeRef(table.ref);
        if (!rect) throw new Error(`bad table range ${table.ref}`);
        this.tables.push({ name: table.name, sheet, rect, showTotals: table.totalsRowCount > 0 });
      }
      this.sheets.push(sheet);
      this.active ??= sheet.visibility === "Visible" ? sheet : null;
      return sheet;
    });
  }

  sheet(nameOrId: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === nameOrId.toLowerCase());
  }

  cell(sheet: ModelSheet, row: number, col: number): ModelCell | undefined {
    return sheet.cells.get(key(row, col));
  }

  put(sheet: ModelSheet, row: number, col: number, cell: ModelCell | undefined): void {
    if (cell) sheet.cells.set(key(row, col), cell);
    else sheet.cells.delete(key(row, col));
  }

  /** A user's own conditional format, which the adapter must leave alone. */
  addUserRule(sheetName: string, type: ModelRule["type"], formula: string, addresses: string): ModelRule {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rule: ModelRule = { id: this.nextId("cf"), sheet, type, formula, fill: "#00FF00", addresses };
    this.rules.push(rule);
    return rule;
  }

  /** The cells our rules highlight, one mark per cell, sorted. */
  highlighted(): CellMark[] {
    const severityOf = (fill: string | null) =>
      (Object.entries(HIGHLIGHT_FILL).find(([, color]) => color === fill)?.[0] ?? "unknown") as Severity;
    return this.rules
      .filter((rule) => rule.type === "Custom" && isHighlightFormula(rule.formula))
      .flatMap((rule) =>
        cellsOf(rule.addresses).map((address) => ({
          sheet: rule.sheet.name,
          address,
          severity: severityOf(rule.fill),
        })),
      )
      .sort(byPlace);
  }

  /** `Sheet!A1:B2`, quoted as Excel quotes a name that is not plain letters and digits. */
  address(sheet: ModelSheet, rect: Rect): string {
    const name = /^[\p{L}\d_]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
    return `${name}!${rectAddress(rect)}`;
  }
}

/** `A1`, or `A1:B2`: a rectangle's address without its sheet. */
export function rectAddress(rect: Rect): string {
  const from = cellRef(rect.top, rect.left);
  const to = cellRef(rect.bottom, rect.right);
  return from === to ? from : `${from}:${to}`;
}

/** Every cell of an address list such as `A1,B2:B3`. */
function cellsOf(addresses: string): string[] {
  return addresses.split(",").flatMap((part) => {
    const rect = parseRangeRef(part);
    if (!rect) throw new Error(`bad address ${part}`);
    const cells: string[] = [];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) cells.push(`${columnLetters(c)}${r}`);
    return cells;
  });
}

export function byPlace(a: { sheet: string; address: string }, b: { sheet: string; address: string }): number {
  return a.sheet.localeCompare(b.sheet) || a.address.localeCompare(b.address, "en", { numeric: true });
}
