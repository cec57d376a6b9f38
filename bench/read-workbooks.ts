import ExcelJS from "exceljs";
import { nodeInflate } from "../bin/node-inflate";
import { readWorkbook, readWorkbookAsync, type ReadOptions } from "../shared/xlsx/read-workbook";
import { platformInflate } from "../shared/xlsx/read/platform-inflate";
import type { WorkbookSnapshot } from "../shared/xlsx/snapshot";
import { floorScan } from "./floor";
import { measure, type Timing } from "./measure";

/** Non-blank cells of a snapshot: what the reader delivered. */
function cellsIn(snapshot: WorkbookSnapshot): number {
  let n = 0;
  for (const sheet of snapshot.sheets)
    for (const row of sheet.rows) for (const cell of row ?? []) if (cell != null) n++;
  return n;
}

function readAll(files: readonly Uint8Array[], options?: ReadOptions): number {
  let cells = 0;
  for (const bytes of files) {
    const read = readWorkbook(bytes, options);
    if (!read.ok) throw new Error(`the reader refused a sample: ${read.fault.code}`);
    cells += cellsIn(read.snapshot);
  }
  return cells;
}

async function readAllAsync(files: readonly Uint8Array[]): Promise<void> {
  const inflateAsync = platformInflate();
  if (!inflateAsync) throw new Error("this Node has no DecompressionStream('deflate-raw')");
  for (const bytes of files) {
    const read = await readWorkbookAsync(bytes, { inflateAsync });
    if (!read.ok) throw new Error(`the reader refused a sample: ${read.fault.code}`);
  }
}

export interface ReadTimings {
  readonly floor: Timing;
  readonly reader: Timing;
  readonly readerZlib: Timing;
  /** The platform's DecompressionStream, as the browser's reader inflates (Node 20 has it too). */
  readonly readerStreams: Timing;
  readonly exceljs: Timing | null;
  /** `<c>` elements in the files, and the non-blank cells the reader gave. */
  readonly cellsStored: number;
  readonly cellsRead: number;
}

export async function timeReaders(
  files: readonly Uint8Array[],
  runs: number,
  withExceljs = true,
): Promise<ReadTimings> {
  const cellsStored = files.reduce((n, bytes) => n + floorScan(bytes).cells, 0);
  const cellsRead = readAll(files);
  const buffers = files.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {
    floor: await measure("floor: unzip (zlib) + regex scan", runs, () => files.forEach(floorScan)),
    reader: await measure("readWorkbook (fflate inflate)", runs, () => readAll(files)),
    readerZlib: await measure("readWorkbook (zlib inflate)", runs, () => readAll(files, { inflate: nodeInflate })),
    readerStreams: await measure("readWorkbookAsync (DecompressionStream)", runs, () => readAllAsync(files)),
    exceljs: withExceljs
      ? await measure("exceljs xlsx.load", runs, async () => {
          // exceljs types its input as its own Buffer type, which Node's Buffer satisfies at run time.
          for (const buffer of buffers) await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer);
        })
      : null,
    cellsStored,
    cellsRead,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One line per reader: its median, its runs, its ratio to the floor. */
export function readerLines(t: ReadTimings): string[] {
  const line = (timing: Timing) =>
    `  ${timing.label.padEnd(40)} ${seconds(timing.median).padStart(9)}   runs ${timing.runs.map(seconds).join(", ")}` +
    (timing === t.floor ? "" : `   x${(timing.median / t.floor.median).toFixed(2)} floor`);
  return [t.floor, t.reader, t.readerZlib, t.readerStreams, ...(t.exceljs ? [t.exceljs] : [])].map(line);
}
