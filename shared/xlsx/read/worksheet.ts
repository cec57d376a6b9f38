import type { CellValue } from "../../values/cell-value";
import { fail } from "./file-fault";
import { dateCellSerial } from "./iso-date";
import { unescapeXstring } from "./shared-strings";
import type { Archive } from "./unzip";
import { type ScannedCell, scanSheetData } from "./sheet-data-scan";
import { decodeUtf8, parseXmlFast } from "./fast-xml";
import { MAIN_NS, parseXml, parseXmlText, REL_NS, utf16, type AttrNS, type Attrs, type XmlHandler } from "./xml";
import { EXCEL_LIMITS } from "../excel-limits";

// Local copies: a bundler's export getters would otherwise run on every element.
const MAIN = MAIN_NS;
const REL = REL_NS;
/**
 * A blank cell that only carries a format, as templates have thousands of (`<c r="C4" s="9"/>`, openpyxl's
 * `<c r="C4" s="9" t="n"></c>`): removed before parsing, which is most of the parsing saved. Only with an `r`,
 * so no later cell's position depends on it; not where a CDATA section could hold such text.
 */
const BLANK_CELL =
  /<c r="[A-Za-z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,6}")?(?: t="[a-zA-Z]{1,9}")?(?:\/>|><\/c>)(?=<c r=|<\/row>)/g;
/** A row left empty once its blank cells are gone; only with an `r`, for the same reason. */
const EMPTY_ROW = /<row r="[0-9]{1,7}"[^>]*?(?:\/>|><\/row>)(?=<row r=|<\/sheetData>)/g;
/** Data validations say nothing the reader needs, and their prompts are long texts: skipped whole. */
const VALIDATIONS = /<dataValidations[ >][\s\S]*?<\/dataValidations>/g;

const { rows: MAX_ROW, columns: MAX_COL } = EXCEL_LIMITS;
/** Gaps in a row up to this wide are filled with null; wider ones stay holes, so a note in XFD costs nothing. */
const MAX_FILLED_GAP = 256;

export interface WorksheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Cells the reader may still hold; shared by all sheets. */
  cellsLeft: number;
  /** What `cellsLeft` started at: the limit a refused file is told. */
  readonly maxCells: number;
}

export interface WorksheetPart {
  readonly rows: (CellValue[] | undefined)[];
  /** `r:id`s of the sheet's table parts. */
  readonly tableRelIds: string[];
}

/** Reads `sheetData` cells by a state machine; one instance per sheet, no allocation per cell but the value. */
class WorksheetReader implements XmlHandler {
  readonly rows: (CellValue[] | undefined)[] = [];
  readonly tableRelIds: string[] = [];
  sheetDataSeen = false;
  private row: CellValue[] | undefined;
  private rowIndex = 0;
  /** The row had no `r`: its first cell with an `r` says where it is. */
  private rowUnplaced = false;
  private col = 0;
  private type = "n";
  private style = 0;
  private value = "";
  private hasValue = false;
  private inline = "";
  private hasInline = false;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly context: WorksheetContext) {}

  open(ns: string, name: string, attrs: Attrs, attrNS: AttrNS): void {
    if (ns !== MAIN) return;
    switch (name) {
      case "c":
        this.startCell(attrs);
        break;
      case "v":
        this.inValue = this.hasValue = true;
        break;
      case "is":
        this.inInline = this.hasInline = true;
        break;
      case "t":
        this.inText = this.inInline && this.phonetic === 0;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "row":
        this.startRow(attrs.r);
        break;
      case "sheetData":
        // Unprefixed `<sheetData>` in SpreadsheetML: its unprefixed rows and cells are SpreadsheetML too.
        this.sheetDataSeen = true;
        break;
      case "tablePart": {
        const id = attrNS(attrs, REL, "id");
        if (id !== undefined) this.tableRelIds.push(id);
      }
    }
  }

  close(ns: string, name: string): void {
    if (ns !== MAIN) return;
    switch (name) {
      case "c":
        this.endCell();
        break;
      case "v":
        this.inValue = false;
        break;
      case "t":
        this.inText = false;
        break;
      case "is":
        this.inInline = false;
        break;
      case "rPh":
        this.phonetic--;
    }
  }

  /** A cell found by `scanSheetData`, stored as if saxes had read it. */
  readonly scanned: ScannedCell = (row, col, type, style, value, inline) => {
    if (row !== this.rowIndex) this.startRow(String(row));
    this.col = col;
    if (this.col > MAX_COL) fail("file_corrupt", { detail: `column ${this.col}` });
    this.type = type;
    this.style = style;
    this.value = value ?? "";
    this.hasValue = value !== undefined;
    this.hasInline = inline !== undefined;
    this.inline = inline ?? "";
    this.endCell();
  };

  filter(xml: string): string {
    return xml.includes("<![CDATA[")
      ? xml
      : xml.replace(BLANK_CELL, "").replace(EMPTY_ROW, "").replace(VALIDATIONS, "");
  }

  text(text: string): void {
    if (this.inValue) this.value += text;
    else if (this.inText) this.inline += text;
  }

  private startRow(r: string | undefined): void {
    this.rowUnplaced = r === undefined;
    this.rowIndex = r === undefined ? this.rowIndex + 1 : Number(r);
    this.checkRow();
    this.row = this.rows[this.rowIndex - 1];
    this.col = 0;
  }

  private checkRow(): void {
    if (!(this.rowIndex >= 1 && this.rowIndex <= MAX_ROW)) fail("file_corrupt", { detail: `row ${this.rowIndex}` });
  }

  private startCell(attrs: Attrs): void {
    const r = attrs.r;
    if (r === undefined) this.col++;
    else this.place(r);
    if (this.col > MAX_COL) fail("file_corrupt", { detail: `column ${this.col}` });
    this.type = attrs.t ?? "n";
    this.style = attrs.s === undefined ? 0 : Number(attrs.s);
    this.value = this.inline = "";
    this.hasValue = this.hasInline = false;
  }

  /** `B12`: column from the letters; the row only where the row element did not say. */
  private place(r: string): void {
    let col = 0;
    let row = 0;
    for (let i = 0; i < r.length; i++) {
      const c = r.charCodeAt(i) | 0x20;
      if (c >= 97 && c <= 122) col = col * 26 + c - 96;
      else if (c >= 48 && c <= 57) row = row * 10 + c - 48;
    }
    this.col = col === 0 ? this.col + 1 : col;
    if (this.rowUnplaced && row > 0) {
      this.rowUnplaced = false;
      this.rowIndex = row;
      this.checkRow();
      this.row = this.rows[row - 1];
    }
  }

  private endCell(): void {
    const value = this.cellValue();
    // A formula showing "" (openpyxl drops such cached values, LibreOffice keeps them): blank either way.
    if (value === null || value === "") return;
    if (--this.context.cellsLeft < 0) fail("file_too_many_cells", { limit: this.context.maxCells });
    let row = this.row;
    if (row === undefined) row = this.row = this.rows[this.rowIndex - 1] = [];
    const i = this.col - 1;
    if (i === row.length) row.push(value);
    else {
      if (i > row.length && i - row.length <= MAX_FILLED_GAP) while (row.length < i) row.push(null);
      row[i] = value;
    }
  }

  private cellValue(): CellValue {
    const v = this.value;
    switch (this.type) {
      case "s": {
        if (!this.hasValue) return null;
        const text = this.context.strings[Number(v)];
        return text ?? fail("file_corrupt", { detail: `shared string ${v}` });
      }
      case "str":
        return this.hasValue ? unescapeXstring(v) : null;
      case "inlineStr":
        return this.hasInline ? unescapeXstring(this.inline) : this.hasValue ? v : null;
      case "b":
        return this.hasValue ? v === "1" || v === "true" : null;
      case "e":
        return this.hasValue ? { error: v } : null;
      case "d": {
        if (!this.hasValue) return null;
        const serial = dateCellSerial(v, this.context.date1904);
        return serial === null ? v : { serial };
      }
      default: {
        if (!this.hasValue || v === "") return null;
        const n = Number(v);
        if (Number.isNaN(n)) return v;
        return this.context.dateStyles[this.style] === true ? { serial: n } : n;
      }
    }
  }
}

/** Parts up to this size are read whole and tried on the fast path; bigger ones stream through saxes. */
const WHOLE_PART_BYTES = 32 * 2 ** 20;

/** A worksheet part's cells (formulas as their cached values) and table references. */
export function readWorksheet(archive: Archive, part: string, context: WorksheetContext): WorksheetPart {
  const whole =
    (archive.declaredSize(part) ?? Infinity) <= WHOLE_PART_BYTES
      ? archive.readWhole(part, WHOLE_PART_BYTES)
      : undefined;
  if (whole) return readWorksheetBytes(whole, context);
  const reader = new WorksheetReader(context);
  if (!parseXml((sink) => archive.read(part, sink), reader)) fail("file_corrupt", { detail: `missing ${part}` });
  return { rows: reader.rows, tableRelIds: reader.tableRelIds };
}

/** A whole worksheet part: the fast paths where they apply, else saxes (`fast` false: saxes only, for tests). */
export function readWorksheetBytes(bytes: Uint8Array, context: WorksheetContext, fast = true): WorksheetPart {
  const reader = new WorksheetReader(context);
  if (!fast || utf16(bytes)) {
    parseXml((sink) => (sink(bytes), true), reader);
    return { rows: reader.rows, tableRelIds: reader.tableRelIds };
  }
  const xml = decodeUtf8(bytes);
  const scanned = readScanned(xml, context);
  if (scanned) return scanned;
  if (!parseXmlFast(xml, reader)) parseXmlText(xml, reader);
  return { rows: reader.rows, tableRelIds: reader.tableRelIds };
}

/**
 * The sheet around its `sheetData` (the namespaces, the table parts, whether it is well formed) read by the fast
 * path for whole parts, else by saxes, and the rows by `scanSheetData`; null when either gives up, and nothing
 * counted stays counted.
 */
function readScanned(xml: string, context: WorksheetContext): WorksheetPart | null {
  // saxes refuses `]]>` in text; the scan and the fast path leave any to it (the scan checks characters itself).
  if (xml.includes("]]>")) return null;
  const from = xml.indexOf("<sheetData>");
  const to = xml.lastIndexOf("</sheetData>");
  if (from < 0 || to < from) return null;
  const cellsLeft = context.cellsLeft;
  const reader = new WorksheetReader(context);
  const skeleton = `${xml.slice(0, from)}<sheetData/>${xml.slice(to + "</sheetData>".length)}`;
  try {
    if (!parseXmlFast(skeleton, reader)) parseXmlText(skeleton, reader);
  } catch {
    // A `<sheetData>` inside a comment, say: saxes reads the whole part and names what is wrong.
    context.cellsLeft = cellsLeft;
    return null;
  }
  if (reader.sheetDataSeen && scanSheetData(xml, from + "<sheetData>".length, to, reader.scanned))
    return { rows: reader.rows, tableRelIds: reader.tableRelIds };
  context.cellsLeft = cellsLeft;
  return null;
}
