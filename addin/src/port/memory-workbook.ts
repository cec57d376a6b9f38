import { readMeta } from "../../../shared/validation";
import {
  META_TABLE,
  type CellPosition,
  parseCellRef,
  rangeRef,
  readWorkbook,
  type TableRef,
  type WorkbookSnapshot,
  EXCEL_LIMITS,
} from "../../../shared/xlsx";
import { type CellValue, cellText } from "../../../shared/values";
import { base64ToBytes } from "./base64";
import { CREATE_REQUIREMENT, INSERT_REQUIREMENT } from "./requirements";
import { firstBlankRow, rowsInUse } from "./first-blank-row";
import { growTable, type MemorySheet, memorySheet, setCell, tableBody, tableRect } from "./memory-sheet";
import { planMetaWrite } from "./plan-meta-write";
import { numberedName } from "./numbered-name";
import type {
  AppendResult,
  AppendRowsResult,
  CellInput,
  CellMark,
  CellPlace,
  CellWrite,
  CreateResult,
  HighlightResult,
  InsertResult,
  MetaEntries,
  MetaWriteResult,
  SelectResult,
  WorkbookPort,
  WriteCellsResult,
} from "./workbook-port";

const SHEET_NAME_LENGTH = EXCEL_LIMITS.sheetName;

export interface MemoryWorkbookOptions {
  /** False plays a host without ExcelApi 1.13, which cannot insert sheets from a file. */
  readonly canInsertSheets?: boolean;
}

/**
 * A workbook held in memory, values only: what unit tests and the workbench page run the pane against.
 * It records the highlighted cells and the selection so they can be looked at.
 */
export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[];
  private readonly date1904: boolean;
  private marks: readonly CellMark[] = [];
  private selection: CellPlace | null = null;
  private active: string;
  private readonly listeners = new Set<(sheet: string | null) => void>();

  private constructor(
    snapshot: WorkbookSnapshot,
    private readonly options: MemoryWorkbookOptions,
  ) {
    this.sheets = snapshot.sheets.map(memorySheet);
    this.date1904 = snapshot.date1904;
    this.active = snapshot.sheets.find((s) => s.state === "visible")?.name ?? "";
  }

  /** A new workbook: one blank sheet, as Excel opens one. */
  static empty(options: MemoryWorkbookOptions = {}): MemoryWorkbook {
    const sheet = { name: "Sheet1", state: "visible", tables: [], rows: [] } as const;
    return new MemoryWorkbook({ date1904: false, sheets: [sheet] }, options);
  }

  static fromSnapshot(snapshot: WorkbookSnapshot, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
    return new MemoryWorkbook(snapshot, options);
  }

  /** An .xlsx file's sheets; a file our reader refuses is a fault of the caller's. */
  static fromXlsx(bytes: Uint8Array, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
    return new MemoryWorkbook(readXlsx(bytes), options);
  }

  get highlights(): readonly CellMark[] {
    return this.marks;
  }

  get selected(): CellPlace | null {
    return this.selection;
  }

  get activeSheet(): string {
    return this.active;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return structuredClone({ date1904: this.date1904, sheets: this.sheets });
  }

  async highlight(cells: readonly CellMark[]): Promise<HighlightResult> {
    // Excel refuses a sheet it does not have: so does this workbook, before changing anything.
    const missing = cells.find((cell) => !this.findSheet(cell.sheet));
    if (missing) throw new Error(`the workbook has no sheet named "${missing.sheet}"`);
    this.marks = cells.map((cell) => ({ ...cell }));
    return { unread: [] };
  }

  async select(cell: CellPlace): Promise<SelectResult> {
    const sheet = this.findSheet(cell.sheet);
    if (!sheet) return { ok: false, reason: "no_such_sheet" };
    if (sheet.state !== "visible") return { ok: false, reason: "sheet_hidden" };
    this.active = sheet.name;
    this.selection = { sheet: sheet.name, address: cell.address };
    return { ok: true };
  }

  async insertSheets(base64: string): Promise<InsertResult> {
    if (this.options.canInsertSheets === false)
      return { ok: false, reason: "unsupported", requirement: INSERT_REQUIREMENT };
    const inserted = readXlsx(base64ToBytes(base64)).sheets.map(memorySheet);
    for (const sheet of inserted) {
      // A name already taken gets a number, as Excel gives a copied sheet or table.
      const sheetNames = this.sheets.map((s) => s.name);
      const tableNames = this.sheets.flatMap((s) => s.tables.map((t) => t.name));
      sheet.name = numberedName(sheet.name, sheetNames, (n) => ` (${n})`, SHEET_NAME_LENGTH);
      sheet.tables.forEach(
        (table, i) => (sheet.tables[i] = { ...table, name: numberedName(table.name, tableNames, String) }),
      );
      this.sheets.push(sheet);
    }
    for (const sheet of inserted) this.changed(sheet.name);
    return { ok: true, sheets: inserted.map((s) => s.name) };
  }

  async deleteSheets(names: readonly string[]): Promise<string[]> {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    const deleted = this.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
    for (const sheet of deleted) this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const sheet of deleted) this.changed(sheet.name);
    return deleted.map((s) => s.name);
  }

  /** The in-memory workbook keeps no data validations (the reader does not read them): it cannot tell. */
  async brokenDropdowns(): Promise<CellPlace[]> {
    return [];
  }

  /** A new workbook is another window, which a page cannot open: the workbench lets the file be downloaded. */
  async createWorkbook(): Promise<CreateResult> {
    return { ok: false, reason: "unsupported", requirement: CREATE_REQUIREMENT };
  }

  async readMeta(): Promise<ReadonlyMap<string, string> | null> {
    return readMeta({ date1904: this.date1904, sheets: this.sheets });
  }

  async writeMeta(entries: MetaEntries): Promise<MetaWriteResult> {
    const found = this.findTable(META_TABLE);
    if (!found) return { ok: false, reason: "no_meta" };
    const { sheet, table } = found;
    const rect = tableRect(table);
    const first = rect.top + 1;
    const keys = tableBody(sheet, table).map((row) => cellText(row[0] ?? null));
    const plan = planMetaWrite(keys, entries);
    for (const { index, value } of plan.updates) setCell(sheet, first + index, rect.left + 1, stored(value));
    const end = first + keys.length;
    if (plan.appends.length > 0) growTable(sheet, table, plan.appends.length);
    plan.appends.forEach(([key, value], i) => {
      setCell(sheet, end + i, rect.left, key);
      setCell(sheet, end + i, rect.left + 1, stored(value));
    });
    this.changed(sheet.name);
    return { ok: true };
  }

  async appendRow(name: string, values: readonly CellInput[]): Promise<AppendResult> {
    const found = this.findTable(name);
    if (!found) return { ok: false, reason: "no_such_table" };
    const { sheet, table } = found;
    const rect = tableRect(table);
    if (values.length > rect.right - rect.left + 1) return { ok: false, reason: "too_many_values" };
    const body = tableBody(sheet, table);
    const blank = firstBlankRow(body);
    if (blank < 0) growTable(sheet, table, 1);
    const row = rect.top + 1 + (blank < 0 ? body.length : blank);
    values.forEach((value, i) => {
      if (value !== null) setCell(sheet, row, rect.left + i, stored(value));
    });
    this.changed(sheet.name);
    return { ok: true, sheet: sheet.name, row, address: rangeRef(row, rect.left, row, rect.right) };
  }

  async appendRows(name: string, rows: readonly (readonly CellInput[])[]): Promise<AppendRowsResult> {
    const found = this.findTable(name);
    if (!found) return { ok: false, reason: "no_such_table" };
    const { sheet, table } = found;
    const rect = tableRect(table);
    if (rows.some((values) => values.length > rect.right - rect.left + 1))
      return { ok: false, reason: "too_many_values" };
    if (rows.length === 0) return { ok: false, reason: "no_rows" };
    const body = tableBody(sheet, table);
    const used = rowsInUse(body);
    if (used + rows.length > body.length) growTable(sheet, table, used + rows.length - body.length);
    const top = rect.top + 1 + used;
    rows.forEach((values, r) =>
      values.forEach((value, i) => {
        if (value !== null) setCell(sheet, top + r, rect.left + i, stored(value));
      }),
    );
    this.changed(sheet.name);
    return {
      ok: true,
      sheet: sheet.name,
      row: top,
      address: rangeRef(top, rect.left, top + rows.length - 1, rect.right),
    };
  }

  async writeCells(cells: readonly CellWrite[]): Promise<WriteCellsResult> {
    // The Office.js adapter gets every sheet before it writes a cell, so a missing one changes nothing: here too.
    const writes = [];
    for (const { sheet: name, address, value } of cells) {
      const sheet = this.findSheet(name);
      if (!sheet) return { ok: false, reason: "no_such_sheet" };
      writes.push({ sheet, at: cellPosition(address), value });
    }
    for (const { sheet, at, value } of writes) if (value !== null) setCell(sheet, at.row, at.col, stored(value));
    for (const sheet of new Set(writes.map((w) => w.sheet.name))) this.changed(sheet);
    return { ok: true };
  }

  /** Excel tells of every change, the add-in's own writes included (its change events have no author). */
  onChanged(listener: (sheet: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(sheet: string): void {
    for (const listener of this.listeners) listener(sheet);
  }

  /** Excel's sheet and table names ignore case. */
  private findSheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private findTable(name: string): { sheet: MemorySheet; table: TableRef } | null {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table) return { sheet, table };
    }
    return null;
  }
}

function readXlsx(bytes: Uint8Array): WorkbookSnapshot {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`not a workbook our reader takes: ${read.fault.code}`);
  return read.snapshot;
}

/** A cell's A1 address; anything else is a fault of the caller's, as Excel refuses it. */
function cellPosition(address: string): CellPosition {
  const at = parseCellRef(address);
  if (!at) throw new Error(`not a cell's address: ${address}`);
  return at;
}

/** What Excel keeps of a value written: an empty text clears the cell. */
function stored(value: Exclude<CellInput, null>): CellValue {
  if (value === "") return null;
  return typeof value === "object" ? { serial: value.serial } : value;
}
