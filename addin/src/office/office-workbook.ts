/// <reference types="office-js" />
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import type {
  AppendResult,
  CellInput,
  CellMark,
  CellPlace,
  CellWrite,
  InsertResult,
  MetaEntries,
  MetaWriteResult,
  SelectResult,
  WorkbookPort,
  WriteCellsResult,
} from "../port/workbook-port";
import { appendRow } from "./append-row";
import { type ExcelHost, excelHost } from "./excel-host";
import type { HighlightRule } from "./highlight-rule";
import { findHighlightRules } from "./highlight-rules";
import { INSERT_REQUIREMENT, insertSheets } from "./insert-sheets";
import { readMeta, writeMeta } from "./meta-table";
import { readSnapshot } from "./read-snapshot";
import { selectCell } from "./select-cell";
import { writeCells } from "./write-cells";
import { watchChanges } from "./watch-changes";
import { writeHighlights } from "./write-highlights";

/** The open Excel workbook, through Office.js: each use case is one `Excel.run`. */
export class OfficeWorkbook implements WorkbookPort {
  /** Our conditional formats as last seen or written; null when unknown, and then looked for first. */
  private rules: readonly HighlightRule[] | null = null;

  constructor(private readonly host: ExcelHost = excelHost) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const read = await this.host.run(readSnapshot);
    this.rules = read.rules;
    return read.snapshot;
  }

  /** One sync after a read; should a rule seen then be gone (the user deleted it), it looks again and retries. */
  async highlight(cells: readonly CellMark[]): Promise<void> {
    const known = this.rules;
    this.rules = null;
    const replace = (previous: readonly HighlightRule[] | null) =>
      this.host.run(async (context) =>
        writeHighlights(context, previous ?? (await findHighlightRules(context)), cells),
      );
    try {
      this.rules = await replace(known);
    } catch (error) {
      if (known === null || !isItemNotFound(error)) throw error;
      this.rules = await replace(null);
    }
  }

  onChanged(listener: (sheet: string | null) => void): () => void {
    return watchChanges(this.host, listener);
  }

  select(cell: CellPlace): Promise<SelectResult> {
    return this.host.run((context) => selectCell(context, cell));
  }

  async insertSheets(base64: string): Promise<InsertResult> {
    const { name, version } = INSERT_REQUIREMENT;
    if (!this.host.isSetSupported(name, version))
      return { ok: false, reason: "unsupported", requirement: `${name} ${version}` };
    const sheets = await this.host.run((context) => insertSheets(context, base64));
    return { ok: true, sheets };
  }

  readMeta(): Promise<ReadonlyMap<string, string> | null> {
    return this.host.run(readMeta);
  }

  writeMeta(entries: MetaEntries): Promise<MetaWriteResult> {
    return this.host.run((context) => writeMeta(context, entries));
  }

  appendRow(table: string, values: readonly CellInput[]): Promise<AppendResult> {
    return this.host.run((context) => appendRow(context, table, values));
  }

  /** One sync; a sheet missing fails it before any cell is written. */
  async writeCells(cells: readonly CellWrite[]): Promise<WriteCellsResult> {
    try {
      await this.host.run((context) => writeCells(context, cells));
      return { ok: true };
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      return { ok: false, reason: "no_such_sheet" };
    }
  }
}

/** Office.js's error when an object asked for by name or id does not exist. */
function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ItemNotFound";
}
