/**
 * The mock of Excel's JavaScript API, and what of Excel's documented behaviour it models, with the source
 * of each (learn.microsoft.com/javascript/api/excel/... unless an office-js issue is named):
 *
 * - Proxies: a property is readable only after `load` and `context.sync()`; `isNullObject` only after a
 *   sync (excel.range, "Load": office/dev/add-ins/develop/application-specific-api-model).
 * - Loading a navigation path of collection items (`items/customOrNullObject/rule/formula`).
 * - `range.values`: text beginning with `=`, `+` or `-` is taken as a formula (excel.range#values); a
 *   General cell converts typed numbers, percentages, dates and booleans and drops a leading apostrophe
 *   (support: "Stop automatically changing numbers to dates"; "Format numbers as text"); a Text (`@`)
 *   cell keeps text as given, an apostrophe included (undocumented: the mock takes the harmful case).
 * - `range.valueTypes`: Error for an error cell, whose `values` text is in the display language
 *   (excel.rangevaluetype).
 * - `ConditionalFormat.id` is the rule's priority in its collection (excel.conditionalformat#id);
 *   `ConditionalFormatCollection.add` puts the new rule at the top (excel.conditionalformatcollection#add),
 *   so every id is renumbered on add and delete; an object got by id acts on whatever rule holds that id.
 * - Some rules' properties cannot be read and the sync fails (office-js #6827, #6835; #2180 for
 *   `custom` on other types, hence `customOrNullObject`).
 * - `Excel.run` fails a batch with InvalidOperationInCellEditMode while the user edits a cell, unless
 *   `delayForCellEdit` (ExcelApi 1.11) asks it to wait (excel.runoptions; excel.errorcodes).
 * - Excel on the web's payload limit of about 5 MB per request or response
 *   (office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *   `payloadLimit` bytes of values per sync, else the sync fails with ResponsePayloadSizeLimitExceeded.
 * - `workbook.functions.date` gives DATE's serial in the workbook's date system (excel.functions#date,
 *   ExcelApi 1.2; support: "Date systems in Excel": 1 January 1904 is 1,462 in the 1900 system, 0 in 1904).
 * - `Excel.createWorkbook(base64)` needs ExcelApi 1.8 (excel#createworkbook);
 *   `insertWorksheetsFromBase64` needs ExcelApi 1.13 (excel.workbook#insertworksheetsfrombase64).
 * - `getItem` of a missing sheet fails with ItemNotFound; `select` only on the active sheet; `activate`
 *   not on a hidden sheet (excel.worksheet#activate).
 * - `table.rows.add` at the end moves the cells below down and keeps a totals row last (excel.tablerowcollection#add).
 * - Addresses given to `getRange` and `getRanges` are at most 8,192 characters (excel.worksheet#getranges).
 * - `range.dataValidation` (ExcelApi 1.8): `type` is `List` or `None`, `rule.list.source` the list's formula
 *   (excel.datavalidation#type, #rule; excel.listdatavalidation#source); inserted sheets keep the file's
 *   list validations. The form of `source` is not documented: the mock gives it with its `=`.
 * - Inserting sheets whose names the workbook has gives them the first free ` (2)` and rewrites the
 *   inserted sheets' references to them (office-js #5911, #3583); deleting a sheet turns references to it
 *   into `#REF!` (support: "How to correct a #REF! error").
 * - `names.getItemOrNullObject` of a name the workbook lacks is a null object (excel.nameditemcollection
 *   #getitemornullobject); the mock's workbooks define no names.
 * - `worksheets.onChanged` (ExcelApi 1.9, excel.worksheetcollection#onchanged): a handler added counts from
 *   the sync that sends it; it is told of every range whose values change, by the user or by an add-in's own
 *   code (office/dev/add-ins/excel/excel-add-ins-events, "Events in Excel": "Office Add-in (JavaScript) code
 *   that changes the workbook"), after the change and apart from the batch that made it, with the sheet's id
 *   and the range's address (excel.worksheetchangedeventargs). Number formats and conditional formats are
 *   formatting, told by `onFormatChanged` instead (excel.worksheet#onformatchanged): not a change here.
 *   Without ExcelApi 1.9 the sync that adds the handler fails with ApiNotFound (excel.errorcodes).
 */
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
  /** An error cell's value is the text of the error in the display language: `#ЗНАЧ!`, `#VALUE!`. */
  value: Raw;
  format: string;
  /** An error value rather than text that looks like one. */
  error?: boolean;
}

export interface ModelSheet {
  readonly id: string;
  name: string;
  visibility: Visibility;
  /** By `row,col`. */
  readonly cells: Map<string, ModelCell>;
  /** A whole column's number format, by column: what a cell without a format of its own shows. */
  readonly columnFormats: Map<number, string>;
  /** Its list dropdowns. */
  readonly lists: ModelList[];
}

/** A list data validation: the cells it covers, and its source as a file's `formula1` (no `=`). */
export interface ModelList {
  readonly rects: readonly Rect[];
  formula: string;
}

export interface ModelTable {
  name: string;
  readonly sheet: ModelSheet;
  rect: Rect;
  showTotals: boolean;
}

/** A conditional format. Its id is not kept: Excel's id is its priority, its place among its sheet's rules. */
export interface ModelRule {
  readonly sheet: ModelSheet;
  readonly type: "Custom" | "CellValue";
  formula: string;
  fill: string | null;
  /** The cells it applies to, as an address list. */
  readonly addresses: string;
  /** A rule whose properties Excel fails to read (office-js #6827, #6835): loading them fails the sync. */
  unreadable?: boolean;
}

/** What `worksheets.onChanged` gives its handlers (excel.worksheetchangedeventargs), the fields the adapter may read. */
export interface WorksheetChanged {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  readonly worksheetId: string;
  readonly address: string;
}

const STATES = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const MOCK_DATE_FORMAT = "dd.mm.yyyy";
const key = (row: number, col: number) => `${row},${col}`;

/** What Excel holds in the mock: sheets of cells with number formats, tables, conditional formats, the selection. */
export class ExcelModel {
  readonly sheets: ModelSheet[] = [];
  readonly tables: ModelTable[] = [];
  /** Every sheet's conditional formats; within a sheet, in priority order (the first is the top). */
  readonly rules: ModelRule[] = [];
  /** The workbook's date system. */
  date1904 = false;
  /** The user is typing in a cell: a batch fails unless it asked to wait (`delayForCellEdit`). */
  editing = false;
  /** Bytes a sync may send and receive, as Excel on the web limits them; null: no limit (Excel on Windows). */
  payloadLimit: number | null = 5 * 1024 * 1024;
  /** Workbooks opened with `Excel.createWorkbook`, as base64. */
  readonly created: string[] = [];
  selection: { sheet: string; address: string } | null = null;
  active: ModelSheet | null = null;
  /** Reads of `range.format`: the adapter must never touch the user's formatting. */
  formatTouches = 0;
  /** Every address list given to `getRanges`. */
  readonly rangeLists: string[] = [];
  /** The handlers of `worksheets.onChanged`. */
  readonly changeHandlers: ((event: WorksheetChanged) => Promise<unknown>)[] = [];
  private deliveries: Promise<unknown>[] = [];
  private ids = 0;

  /** `apiVersion`: the newest ExcelApi set the host supports. */
  constructor(readonly apiVersion = "1.17") {}

  /** A workbook holding a snapshot's values; a date gets a date format, as Excel shows it. */
  static fromSnapshot(snapshot: WorkbookSnapshot, apiVersion?: string): ExcelModel {
    const model = new ExcelModel(apiVersion);
    model.date1904 = snapshot.date1904;
    model.addSnapshot(snapshot);
    return model;
  }

  /** Whether the host has this ExcelApi version. */
  supports(version: string): boolean {
    const [major = 0, minor = 0] = version.split(".").map(Number);
    const [hasMajor = 0, hasMinor = 0] = this.apiVersion.split(".").map(Number);
    return hasMajor > major || (hasMajor === major && hasMinor >= minor);
  }

  /** A range's values changed: each `onChanged` handler is told after this, outside the batch that changed them. */
  changed(sheet: ModelSheet, rect: Rect): void {
    const event: WorksheetChanged = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheet.id,
      address: rectAddress(rect),
    };
    for (const handler of this.changeHandlers) this.deliveries.push(Promise.resolve().then(() => handler(event)));
  }

  /** Every change told so far has been handled. */
  async delivered(): Promise<void> {
    while (this.deliveries.length > 0) await Promise.allSettled(this.deliveries.splice(0));
  }

  /** The user types a value into a cell, as in Excel's grid. */
  userTypes(sheetName: string, address: string, value: Raw): void {
    const sheet = this.sheet(sheetName);
    const rect = parseRangeRef(address);
    if (!sheet || !rect) throw new Error(`no cell ${sheetName}!${address}`);
    this.put(sheet, rect.top, rect.left, { value, format: this.formatAt(sheet, rect.top, rect.left) });
    this.changed(sheet, rect);
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
        columnFormats: new Map(),
        lists: [],
      };
      from.rows.forEach((row, r) =>
        row?.forEach((value, c) => {
          if (value === null || value === undefined) return;
          if (isDateCell(value)) this.put(sheet, r + 1, c + 1, { value: value.serial, format: MOCK_DATE_FORMAT });
          else if (isCellError(value))
            this.put(sheet, r + 1, c + 1, { value: value.error, format: "General", error: true });
          else this.put(sheet, r + 1, c + 1, { value, format: "General" });
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

  /** The user deletes a sheet: its tables and rules go, and every list's reference to it becomes `#REF!`. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.tables.splice(0, this.tables.length, ...this.tables.filter((t) => t.sheet !== sheet));
    this.rules.splice(0, this.rules.length, ...this.rules.filter((r) => r.sheet !== sheet));
    for (const list of this.sheets.flatMap((s) => s.lists))
      list.formula = withSheetRenamed(list.formula, sheet.name, null);
  }

  /** The user renames a sheet: Excel rewrites every reference to it. */
  renameSheet(name: string, to: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    for (const list of this.sheets.flatMap((s) => s.lists))
      list.formula = withSheetRenamed(list.formula, sheet.name, to);
    sheet.name = to;
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

  /** The number format of a cell without one of its own: its column's, else General. */
  formatAt(sheet: ModelSheet, row: number, col: number): string {
    return this.cell(sheet, row, col)?.format ?? sheet.columnFormats.get(col) ?? "General";
  }

  /** A user's own conditional format, which the adapter must leave alone: made before ours, so below them. */
  addUserRule(sheetName: string, type: ModelRule["type"], formula: string, addresses: string): ModelRule {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rule: ModelRule = { sheet, type, formula, fill: "#00FF00", addresses };
    this.rules.push(rule);
    return rule;
  }

  /** A sheet's conditional formats in priority order: the index is Excel's id. */
  rulesOf(sheet: ModelSheet): ModelRule[] {
    return this.rules.filter((rule) => rule.sheet === sheet);
  }

  /** A rule added goes to the top of its sheet's priorities, so every other rule's id grows by one. */
  addRuleOnTop(rule: ModelRule): void {
    const first = this.rules.findIndex((r) => r.sheet === rule.sheet);
    this.rules.splice(first < 0 ? this.rules.length : first, 0, rule);
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

/** A formula with its references to a sheet made to another's name, or to `#REF!` (null). */
export function withSheetRenamed(formula: string, from: string, to: string | null): string {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${from.replace(/'/g, "''")}'!`;
  const reference = new RegExp(`${escaped(quoted)}|(?<![\\p{L}\\d_.'])${escaped(from)}!`, "giu");
  return formula.replace(reference, to === null ? "#REF!" : `'${to.replace(/'/g, "''")}'!`);
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
