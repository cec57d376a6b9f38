import { fail, FileFaultError, type FileFault, type NotWorkbookKind } from "./read/file-fault";
import { DEFAULT_READ_LIMITS, type InflateRawAsync, type ReadOptions } from "./read/options";
import { platformInflate } from "./read/platform-inflate";
import { preInflate } from "./read/pre-inflate";
import { readRelationships, relOfType, type Relationship } from "./read/relationships";
import { readSharedStrings } from "./read/shared-strings";
import { sniff } from "./read/sniff";
import { readDateStyles } from "./read/styles";
import { readTable } from "./read/tables";
import { Archive } from "./read/unzip";
import { readWorkbookPart, type SheetEntry } from "./read/workbook-part";
import { readWorksheet, type WorksheetContext } from "./read/worksheet";
import type { SheetSnapshot, TableRef, WorkbookSnapshot } from "./snapshot";

export { FILE_FAULTS, type FileFault, type FileFaultCode } from "./read/file-fault";
export {
  DEFAULT_READ_LIMITS,
  type InflateRaw,
  type InflateRawAsync,
  type ReadLimits,
  type ReadOptions,
} from "./read/options";

export type ReadResult =
  { readonly ok: true; readonly snapshot: WorkbookSnapshot } | { readonly ok: false; readonly fault: FileFault };

/**
 * A received .xlsx file as plain data, or why it cannot be read. Never throws: whatever goes wrong
 * unexpectedly is `file_corrupt` with the error's message as `detail`.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  try {
    return { ok: true, snapshot: read(bytes, options) };
  } catch (error) {
    if (error instanceof FileFaultError) return { ok: false, fault: error.fault };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, fault: { code: "file_corrupt", params: { detail } } };
  }
}

/**
 * The same, with an asynchronous inflater where no synchronous one is given: `inflateAsync`, else the platform's
 * `DecompressionStream` where it exists (the browser), else fflate.
 */
export async function readWorkbookAsync(
  bytes: Uint8Array,
  options: ReadOptions & { readonly inflateAsync?: InflateRawAsync } = {},
): Promise<ReadResult> {
  const inflateAsync = options.inflate ? undefined : (options.inflateAsync ?? platformInflate());
  if (!inflateAsync) return readWorkbook(bytes, options);
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const inflate = await preInflate(bytes, limits, inflateAsync);
  return readWorkbook(bytes, inflate ? { ...options, inflate } : options);
}

/**
 * What a damaged workbook (a download cut short) still holds: the sheets whose parts survived whole, found
 * from the zip's local headers and read by the same reader under the same limits; a sheet whose parts are
 * lost or broken is left out. Null when no sheet survives, or when what survives breaks a limit. For
 * telling whose file it was, never for its data.
 */
export function salvageWorkbook(bytes: Uint8Array, options: ReadOptions = {}): WorkbookSnapshot | null {
  try {
    const limits = checkedLimits(bytes, options);
    const archive = new Archive(bytes, limits, options.inflate, true);
    const workbookPart = workbookPartOf(archive);
    const workbook = archive.has(workbookPart) ? readWorkbookPart(archive, workbookPart) : null;
    const rels = readRelationships(archive, workbookPart);
    const context: WorksheetContext = {
      strings: unlessBroken(() => readSharedStrings(archive, partOf(archive, rels, "sharedStrings", workbookPart)), []),
      dateStyles: unlessBroken(() => readDateStyles(archive, partOf(archive, rels, "styles", workbookPart)), []),
      date1904: workbook?.date1904 ?? false,
      cellsLeft: limits.maxCells,
      maxCells: limits.maxCells,
    };
    // Without the workbook part (the last part some writers add), the worksheets in the zip's order.
    const found: [SheetEntry, Relationship | undefined][] = workbook
      ? workbook.sheets.map((sheet) => [sheet, rels.get(sheet.relId)])
      : archive
          .names()
          .filter((name) => /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name))
          .map((name) => [
            { name, state: "visible", relId: "" },
            { type: "worksheet", target: name },
          ]);
    const sheets = found.flatMap(([sheet, rel]) => unlessBroken(() => [readSheet(archive, sheet, rel, context)], []));
    return sheets.length > 0 ? { date1904: context.date1904, sheets } : null;
  } catch {
    return null;
  }
}

/** What a lost or broken part gives instead; a limit broken stops the salvage whole. */
function unlessBroken<T>(read: () => T, instead: T): T {
  try {
    return read();
  } catch (error) {
    const code = error instanceof FileFaultError ? error.fault.code : null;
    if (code === "file_zip_bomb" || code === "file_too_many_cells" || code === "file_xml_dtd") throw error;
    return instead;
  }
}

/** The limits, after refusing what is no zip at all or too large to open. */
function checkedLimits(bytes: Uint8Array, options: ReadOptions) {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const sniffed = sniff(bytes);
  if (sniffed.kind === "empty") fail("file_empty");
  if (sniffed.kind === "ole") fail("file_ole");
  if (sniffed.kind === "other") fail("file_not_zip", { kind: sniffed.looksLike });
  if (bytes.length > limits.maxFileBytes)
    fail("file_too_large", { limitMb: Math.round(limits.maxFileBytes / 2 ** 20) });
  return limits;
}

const workbookPartOf = (archive: Archive) =>
  relOfType(readRelationships(archive, ""), "officeDocument")?.target ?? "xl/workbook.xml";

function read(bytes: Uint8Array, options: ReadOptions): WorkbookSnapshot {
  const limits = checkedLimits(bytes, options);
  const archive = new Archive(bytes, limits, options.inflate);
  const workbookPart = workbookPartOf(archive);
  const workbook = workbookPart.toLowerCase().endsWith(".xml") ? readWorkbookPart(archive, workbookPart) : null;
  if (workbook === null) fail("file_not_workbook", { kind: zipKind(archive, workbookPart) });
  const rels = readRelationships(archive, workbookPart);
  const context: WorksheetContext = {
    strings: readSharedStrings(archive, partOf(archive, rels, "sharedStrings", workbookPart)),
    dateStyles: readDateStyles(archive, partOf(archive, rels, "styles", workbookPart)),
    date1904: workbook.date1904,
    cellsLeft: limits.maxCells,
    maxCells: limits.maxCells,
  };
  const sheets = workbook.sheets.map((sheet) => readSheet(archive, sheet, rels.get(sheet.relId), context));
  return { date1904: workbook.date1904, sheets };
}

function readSheet(
  archive: Archive,
  sheet: SheetEntry,
  rel: Relationship | undefined,
  context: WorksheetContext,
): SheetSnapshot {
  if (rel === undefined) fail("file_corrupt", { detail: `no part for sheet ${sheet.relId}` });
  // A chart sheet or a macro sheet: a tab without cells.
  if (rel.type !== "worksheet") return { name: sheet.name, state: sheet.state, tables: [], rows: [] };
  const { rows, tableRelIds } = readWorksheet(archive, rel.target, context);
  const tables: TableRef[] = [];
  if (tableRelIds.length > 0) {
    const sheetRels = readRelationships(archive, rel.target);
    for (const id of tableRelIds) {
      const target = sheetRels.get(id)?.target;
      const table = target === undefined ? null : readTable(archive, target);
      if (table) tables.push(table);
    }
  }
  return { name: sheet.name, state: sheet.state, tables, rows };
}

/** A part the workbook names by relationship, else where Excel puts it, if there. */
function partOf(archive: Archive, rels: Map<string, Relationship>, type: string, workbookPart: string) {
  const target = relOfType(rels, type)?.target;
  if (target !== undefined) return target;
  const usual = `${workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1)}${type}.xml`;
  return archive.has(usual) ? usual : undefined;
}

/** What a zip that is not an .xlsx workbook is instead, as a code. */
function zipKind(archive: Archive, officeDocument: string): NotWorkbookKind {
  if (officeDocument.toLowerCase().endsWith(".bin") || archive.has("xl/workbook.bin")) return "xlsb";
  if (archive.has("word/document.xml")) return "docx";
  if (archive.has("ppt/presentation.xml")) return "pptx";
  if (archive.has("content.xml") && archive.has("mimetype")) return "ods";
  return "zip";
}
