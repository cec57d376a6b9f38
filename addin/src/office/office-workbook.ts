/// <reference types="office-js" />
import type { WorkbookSnapshot } from "../../../shared/xlsx";
import { CREATE_REQUIREMENT, INSERT_REQUIREMENT, NEEDS, REQUIREMENT_SET } from "../port/requirements";
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
} from "../port/workbook-port";
import { appendRow, appendRows } from "./append-row";
import { asWorkbookFault } from "./excel-faults";
import { type ExcelHost, excelHost, officeErrorCode } from "./excel-host";
import { deleteSheets, insertSheets } from "./insert-sheets";
import { brokenDropdowns } from "./list-sources";
import { readMeta, writeMeta } from "./meta-table";
import { readSnapshot } from "./read-snapshot";
import { selectCell } from "./select-cell";
import { writeCells } from "./write-cells";
import { watchChanges } from "./watch-changes";
import { writeHighlights } from "./write-highlights";

/** The open Excel workbook, through Office.js: each use case is one `Excel.run`. */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly host: ExcelHost = excelHost) {}

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.run(readSnapshot);
  }

  highlight(cells: readonly CellMark[]): Promise<HighlightResult> {
    return this.run((context) => writeHighlights(context, cells));
  }

  onChanged(listener: (sheet: string | null) => void): () => void {
    return watchChanges(this.host, listener);
  }

  select(cell: CellPlace): Promise<SelectResult> {
    return this.run((context) => selectCell(context, cell));
  }

  async insertSheets(base64: string): Promise<InsertResult> {
    if (!this.supports(NEEDS.insertSheets))
      return { ok: false, reason: "unsupported", requirement: INSERT_REQUIREMENT };
    const sheets = await this.run((context) => insertSheets(context, base64));
    return { ok: true, sheets };
  }

  deleteSheets(names: readonly string[]): Promise<string[]> {
    return this.run((context) => deleteSheets(context, names));
  }

  /** Data validations came with ExcelApi 1.8: an older Excel cannot tell, and nothing is said. */
  async brokenDropdowns(cells: readonly CellPlace[]): Promise<CellPlace[]> {
    if (!this.supports(NEEDS.dataValidation)) return [];
    return this.run((context) => brokenDropdowns(context, cells));
  }

  async createWorkbook(base64: string): Promise<CreateResult> {
    if (!this.supports(NEEDS.createWorkbook))
      return { ok: false, reason: "unsupported", requirement: CREATE_REQUIREMENT };
    try {
      await this.host.createWorkbook(base64);
    } catch (error) {
      throw asWorkbookFault(error);
    }
    return { ok: true };
  }

  readMeta(): Promise<ReadonlyMap<string, string> | null> {
    return this.run(readMeta);
  }

  writeMeta(entries: MetaEntries): Promise<MetaWriteResult> {
    return this.run((context) => writeMeta(context, entries));
  }

  appendRow(table: string, values: readonly CellInput[]): Promise<AppendResult> {
    return this.run((context) => appendRow(context, table, values));
  }

  appendRows(table: string, rows: readonly (readonly CellInput[])[]): Promise<AppendRowsResult> {
    return this.run((context) => appendRows(context, table, rows));
  }

  /** A sheet missing fails the batch before any cell is written. */
  async writeCells(cells: readonly CellWrite[]): Promise<WriteCellsResult> {
    try {
      await this.run((context) => writeCells(context, cells));
      return { ok: true };
    } catch (error) {
      if (officeErrorCode(error) !== "ItemNotFound") throw error;
      return { ok: false, reason: "no_such_sheet" };
    }
  }

  private supports(version: string): boolean {
    return this.host.isSetSupported(REQUIREMENT_SET, version);
  }

  /**
   * A batch that waits while the user types in a cell where Excel can (ExcelApi 1.11); elsewhere Excel
   * refuses it then, and the pane asks them to finish editing. Too large a request is said as such.
   */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options = this.supports(NEEDS.cellEditDelay) ? { delayForCellEdit: true } : undefined;
    try {
      return await this.host.run(batch, options);
    } catch (error) {
      throw asWorkbookFault(error);
    }
  }
}
