import { strToU8, type Unzipped } from "fflate";
import { rangeRef } from "./a1";
import { EXCEL_LIMITS } from "./excel-limits";
import { fflateCompressor, type Compressor } from "./write/compressor";
import { dataBarsXml, insertConditionalFormats, lastRowWritten } from "./write/data-bars";
import { RowXml, type RowValue } from "./write/row-xml";
import { Utf8Batch } from "./write/utf8-batch";
import { partText, sheetParts, splitAtPrototype, withTableRef, type SplitSheet } from "./write/skeleton";
import { Backlog, EntryWriter, zipFile, type ZipEntry } from "./write/zip-writer";
import { specParts } from "./write-xlsx";
import type { SheetSpec, TableSpec, WorkbookSpec } from "./workbook-spec";

export type { RowValue } from "./write/row-xml";

export interface RowSink {
  /** One row of a streamed table: a value for each of its columns. Tables may take turns in any order. */
  append(table: string, values: readonly RowValue[]): void;
  /** Resolves once the rows so far are compressed enough to go on: await it now and then (each organization). */
  drained(): Promise<void>;
}

/** Row XML gathered before it is encoded and deflated: plenty for deflate, little next to the output. */
const BATCH_CHARS = 128 * 1024;

/** Uncompressed bytes an asynchronous compressor may have waiting before the rows wait for it. */
const BACKLOG_BYTES = 4 * 2 ** 20;

/**
 * A workbook whose streamed tables take their rows from `fill`, for summaries too big for exceljs in memory:
 * exceljs writes everything formatted (`specParts`, with a prototype row per streamed table), each streamed
 * sheet is deflated as its rows come, so only compressed bytes are held, and its data bars are added once its
 * last row is known. Every part is deflated once, here. The same spec and rows give the same bytes with the
 * same compressor. Returns the file as consecutive chunks.
 */
export async function writeStreamedXlsx(
  spec: WorkbookSpec,
  fill: (sink: RowSink) => Promise<void> | void,
  compressor: Compressor = fflateCompressor,
): Promise<Uint8Array[]> {
  const parts = await specParts(spec, true);
  const backlog = new Backlog(BACKLOG_BYTES);
  const located = sheetParts(parts);
  const streamed = new Map<string, StreamedTable>();
  spec.sheets.forEach((sheet, i) => {
    const [table, ...more] = sheet.tables.filter((t) => t.streamed);
    if (more.length > 0) throw new Error(`sheet ${sheet.name}: more than one streamed table`);
    if (!table) return;
    const where = located[i];
    const tablePart = where?.tables.get(table.name);
    if (!where || !tablePart) throw new Error(`no part for table ${table.name}`);
    const sheetXml = partText(parts, where.sheet);
    streamed.set(
      table.name,
      new StreamedTable(
        sheet,
        table,
        where.sheet,
        tablePart,
        sheetXml,
        new EntryWriter(where.sheet, compressor, backlog),
      ),
    );
  });
  await fill({
    append(name, values) {
      const table = streamed.get(name);
      if (!table) throw new Error(`no streamed table ${name}`);
      table.append(values);
    },
    drained: () => backlog.drained(),
  });
  const sheets = new Map([...streamed.values()].map((table) => [table.sheetPart, table.end(parts)]));
  const entries = Object.entries(parts).map(
    ([name, bytes]) => sheets.get(name) ?? new EntryWriter(name, compressor).end(bytes),
  );
  return zipFile(await Promise.all(entries), spec.date);
}

/** One streamed table's sheet, deflated as its rows come. */
class StreamedTable {
  private readonly split: SplitSheet;
  private readonly rowXml: RowXml;
  private rows = 0;
  private readonly pending = new Utf8Batch(4 * BATCH_CHARS);

  constructor(
    private readonly sheet: SheetSpec,
    private readonly table: TableSpec,
    readonly sheetPart: string,
    private readonly tablePart: string,
    sheetXml: string,
    private readonly entry: EntryWriter,
  ) {
    this.split = splitAtPrototype(sheetXml, table);
    const wrapWidths = table.headers.map((_, j) =>
      table.columnStyles?.[j]?.wrap ? sheet.columns[table.left - 1 + j]?.width : undefined,
    );
    this.rowXml = new RowXml(table.left, this.split.styles, wrapWidths);
    this.write(this.split.head);
  }

  append(values: readonly RowValue[]): void {
    const { name, headers, top } = this.table;
    if (values.length !== headers.length)
      throw new Error(`table ${name}: ${values.length} values for ${headers.length} columns`);
    const r = top + 1 + this.rows;
    if (r > EXCEL_LIMITS.rows) throw new RangeError(`table ${name}: a sheet ends at row ${EXCEL_LIMITS.rows}`);
    this.rows++;
    this.write(this.rowXml.row(r, values));
  }

  /** The sheet's zip entry; the table's part in `parts` gets the table's final range. */
  end(parts: Unzipped): Promise<ZipEntry> {
    const { top, left, headers } = this.table;
    const bottom = top + Math.max(this.rows, 1);
    const ref = rangeRef(top, left, bottom, left + headers.length - 1);
    parts[this.tablePart] = strToU8(withTableRef(partText(parts, this.tablePart), ref));
    // Bars over this table reach its last row; over another table of the sheet, that table's.
    const bars = dataBarsXml(this.sheet, (table) => (table === this.table ? bottom : lastRowWritten(table)));
    const tail = bars ? insertConditionalFormats(this.split.tail, bars) : this.split.tail;
    // A table without rows keeps its empty prototype row: Excel needs one data row.
    if (this.rows === 0) this.pending.add(this.split.prototype);
    this.pending.add(tail);
    return this.entry.end(this.pending.take());
  }

  private write(xml: string): void {
    this.pending.add(xml);
    if (this.pending.chars >= BATCH_CHARS) this.entry.push(this.pending.take());
  }
}
