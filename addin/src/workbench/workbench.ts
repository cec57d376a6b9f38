import { base64ToBytes } from "../port/base64";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "../port/memory-workbook";
import type { CellInput, CellMark, CellPlace, CellWrite, MetaEntries, WorkbookPort } from "../port/workbook-port";

/**
 * The workbench's workbook: the in-memory one, which a file can replace. The pane runs on it in a plain
 * browser; end-to-end tests drive it, and type into its cells with `writeCells` as a user would in Excel.
 */
export class Workbench implements WorkbookPort {
  private workbook: MemoryWorkbook;
  private readonly listeners = new Set<(sheet: string | null) => void>();
  private readonly tell = (sheet: string | null) => this.listeners.forEach((listener) => listener(sheet));

  constructor(private readonly options: MemoryWorkbookOptions = {}) {
    this.workbook = MemoryWorkbook.empty(options);
    this.workbook.onChanged(this.tell);
  }

  get highlights(): readonly CellMark[] {
    return this.workbook.highlights;
  }

  get selected(): CellPlace | null {
    return this.workbook.selected;
  }

  /** Opens an .xlsx file in place of the workbook. */
  open(bytes: Uint8Array): void {
    this.workbook = MemoryWorkbook.fromXlsx(bytes, this.options);
    this.workbook.onChanged(this.tell);
    // Another workbook: everything changed.
    this.tell(null);
  }

  onChanged = (listener: (sheet: string | null) => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readSnapshot = () => this.workbook.readSnapshot();
  highlight = (cells: readonly CellMark[]) => this.workbook.highlight(cells);
  select = (cell: CellPlace) => this.workbook.select(cell);
  insertSheets = (base64: string) => this.workbook.insertSheets(base64);
  deleteSheets = (names: readonly string[]) => this.workbook.deleteSheets(names);
  brokenDropdowns: WorkbookPort["brokenDropdowns"] = () => this.workbook.brokenDropdowns();
  /** The workbench has one window: a new workbook takes the place of the open one, as a new Excel window would. */
  createWorkbook = async (base64: string) => {
    this.open(base64ToBytes(base64));
    return { ok: true } as const;
  };
  readMeta = () => this.workbook.readMeta();
  writeMeta = (entries: MetaEntries) => this.workbook.writeMeta(entries);
  appendRow = (table: string, values: readonly CellInput[]) => this.workbook.appendRow(table, values);
  appendRows = (table: string, rows: readonly (readonly CellInput[])[]) => this.workbook.appendRows(table, rows);
  writeCells = (cells: readonly CellWrite[]) => this.workbook.writeCells(cells);
}
