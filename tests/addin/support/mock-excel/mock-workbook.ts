import { base64ToBytes } from "../../../../addin/src/port/base64";
import { numberedName } from "../../../../addin/src/port/numbered-name";
import { readWorkbook } from "../../../../shared/xlsx/read-workbook";
import { itemNotFound, MockClientResult, type MockContext, MockObject, officeError } from "./mock-context";
import { type ModelSheet, withSheetRenamed, type WorksheetChanged } from "./excel-model";
import { fileLists, MockNamedItemCollection } from "./mock-data-validation";
import { MockRange, MockRangeAreas, usedRect, WHOLE_SHEET } from "./mock-range";
import { MockTableCollection } from "./mock-table";

// Excel's documented limit for an address given to getRange.
const MAX_ADDRESS = 8192;
// Excel's limit on a sheet's name (support: "Rename a worksheet").
const MAX_SHEET_NAME = 31;

export class MockWorkbook extends MockObject {
  readonly worksheets = new MockWorksheetCollection(this.ctx);
  readonly tables = new MockTableCollection(this.ctx);
  readonly functions = new MockFunctions(this.ctx);

  readonly names = new MockNamedItemCollection(this.ctx);

  /**
   * Our reader stands in for Excel's: the sheets' values, tables and list dropdowns, added at the end. A name
   * the workbook has gets the first free number, and the inserted sheets' lists follow the new names.
   */
  insertWorksheetsFromBase64(base64: string): MockClientResult<string[]> {
    this.ctx.queue();
    this.ctx.carry(base64);
    const bytes = base64ToBytes(base64);
    const read = readWorkbook(bytes);
    if (!read.ok) throw Object.assign(new Error(`not a workbook: ${read.fault.code}`), { code: "InvalidArgument" });
    const { model } = this.ctx;
    const taken = model.sheets.map((s) => s.name);
    const renames = read.snapshot.sheets.map((s) => {
      const name = numberedName(s.name, taken, (n) => ` (${n})`, MAX_SHEET_NAME);
      taken.push(name);
      return [s.name, name] as const;
    });
    const lists = fileLists(bytes);
    const sheets = model.addSnapshot({
      ...read.snapshot,
      sheets: read.snapshot.sheets.map((s, i) => ({ ...s, name: renames[i]?.[1] ?? s.name })),
    });
    sheets.forEach((sheet, i) =>
      sheet.lists.push(
        ...(lists.get(read.snapshot.sheets[i]?.name ?? "") ?? []).map((list) => ({
          rects: list.rects,
          formula: renames.reduce((f, [from, to]) => (from === to ? f : withSheetRenamed(f, from, to)), list.formula),
        })),
      ),
    );
    return new MockClientResult(
      this.ctx,
      sheets.map((s) => s.id),
    );
  }
}

type Handler = (event: WorksheetChanged) => Promise<unknown>;

/** An event's handlers: one added counts from the next sync, which fails without ExcelApi 1.9. */
export class MockEvent extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly handlers: Handler[],
  ) {
    super(ctx);
  }

  add(handler: Handler): void {
    if (!this.ctx.model.supports("1.9")) this.ctx.fail(officeError("ApiNotFound", "events need ExcelApi 1.9"));
    else this.ctx.queue(() => this.handlers.push(handler));
  }
}

/** Worksheet functions: DATE only, giving its serial in the workbook's date system. */
export class MockFunctions extends MockObject {
  date(year: number, month: number, day: number): MockFunctionResult {
    const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000;
    // 1 January 1904 is day 1,462 in the 1900 system and day 0 in the 1904 system.
    return new MockFunctionResult(this.ctx, this.ctx.model.date1904 ? days - 1462 : days);
  }
}

export class MockFunctionResult extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly result: number,
  ) {
    super(ctx);
  }

  get value(): number {
    return this.read("value");
  }

  protected override scalar(prop: string): unknown {
    return prop === "value" ? this.result : super.scalar(prop);
  }
}

export class MockWorksheetCollection extends MockObject {
  /** `worksheets.onChanged` (ExcelApi 1.9): see the model for what it tells and when. */
  get onChanged(): MockEvent {
    return new MockEvent(this.ctx, this.ctx.model.changeHandlers);
  }

  get items(): MockWorksheet[] {
    return this.read("items");
  }

  getItem(key: string): MockWorksheet {
    const sheet = this.ctx.model.sheet(key);
    if (!sheet) throw itemNotFound(`worksheet ${key}`);
    return new MockWorksheet(this.ctx, sheet);
  }

  getItemOrNullObject(key: string): MockWorksheet {
    return new MockWorksheet(this.ctx, this.ctx.model.sheet(key) ?? null);
  }

  protected override navigate(prop: string): readonly MockObject[] {
    if (prop !== "items") return super.navigate(prop) as readonly MockObject[];
    return this.ctx.model.sheets.map((sheet) => new MockWorksheet(this.ctx, sheet));
  }
}

export class MockWorksheet extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: ModelSheet | null,
  ) {
    super(ctx, sheet === null);
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  getRange(address?: string): MockRange {
    const sheet = this.model();
    if (address === undefined) return new MockRange(this.ctx, sheet, WHOLE_SHEET);
    if (address.length > MAX_ADDRESS) throw Object.assign(new Error("address too long"), { code: "InvalidArgument" });
    return MockRange.at(this.ctx, sheet, address);
  }

  getRanges(addresses: string): MockRangeAreas {
    const sheet = this.model();
    if (addresses.length > MAX_ADDRESS) throw Object.assign(new Error("address too long"), { code: "InvalidArgument" });
    this.ctx.model.rangeLists.push(addresses);
    return new MockRangeAreas(this.ctx, sheet, addresses);
  }

  getUsedRange(valuesOnly?: boolean): MockRange {
    // Formatting is not modelled, so only the used range of values exists here.
    if (valuesOnly !== true) throw new Error("the mock models getUsedRange(true) only");
    return new MockRange(this.ctx, this.model(), usedRect(this.model()));
  }

  /** excel.worksheet#delete: the sheet, its tables and rules go at the sync. */
  delete(): void {
    const sheet = this.model();
    this.ctx.queue(() => this.ctx.model.deleteSheet(sheet.name));
  }

  activate(): void {
    const sheet = this.model();
    if (sheet.visibility !== "Visible") throw Object.assign(new Error("a hidden sheet"), { code: "InvalidOperation" });
    this.ctx.queue();
    this.ctx.model.active = sheet;
  }

  protected override scalar(prop: string): unknown {
    const sheet = this.model();
    if (prop === "id" || prop === "name" || prop === "visibility") return sheet[prop];
    return super.scalar(prop);
  }

  private model(): ModelSheet {
    this.live();
    return this.sheet as ModelSheet;
  }
}
