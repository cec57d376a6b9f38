import { parseRangeRef, type Rect } from "../../../../addin/src/port/range-ref";
import { type ModelCell, type ModelSheet, type Raw, rectAddress } from "./excel-model";
import { type MockContext, MockObject } from "./mock-context";
import { MockConditionalFormatCollection } from "./mock-conditional-format";
import { MockDataValidation } from "./mock-data-validation";

export const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: 1048576, right: 16384 };

/** The smallest rectangle holding every value of the sheet; A1 for a blank sheet, as Excel gives it. */
export function usedRect(sheet: ModelSheet): Rect {
  const places = [...sheet.cells].filter(([, cell]) => cell.value !== "").map(([at]) => at.split(",").map(Number));
  if (places.length === 0) return { top: 1, left: 1, bottom: 1, right: 1 };
  const rect = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const [r = 0, c = 0] of places) {
    rect.top = Math.min(rect.top, r);
    rect.left = Math.min(rect.left, c);
    rect.bottom = Math.max(rect.bottom, r);
    rect.right = Math.max(rect.right, c);
  }
  return rect;
}

/**
 * What Excel keeps of a value written through `range.values`. A Text (`@`) cell keeps text exactly, an
 * apostrophe included (undocumented, so the mock takes the harmful case). Any other cell reads it as if
 * typed: a leading apostrophe is dropped, a formula's sign is a formula, and numbers, percentages,
 * dates and booleans are converted.
 */
function written(value: unknown, format: string): Raw {
  if (typeof value !== "string" || format === "@") return value as Raw;
  if (value.startsWith("'")) return value.slice(1);
  if (/^[=+\-@]/.test(value)) throw new Error(`Excel would read "${value}" as a formula: quote it`);
  return converted(value.trim()) ?? value;
}

/** What Excel makes of typed text that is a number, a percentage, a date or a boolean; null for text. */
function converted(text: string): Raw | null {
  if (/^\d+([.,]\d+)?$/.test(text)) return Number(text.replace(",", "."));
  if (/^\d+([.,]\d+)?%$/.test(text)) return Number(text.slice(0, -1).replace(",", ".")) / 100;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  const date = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (date) return (Date.UTC(+date[3]!, +date[2]! - 1, +date[1]!) - Date.UTC(1899, 11, 30)) / 86400000;
  return null;
}

function invalid(message: string): Error {
  return Object.assign(new Error(message), { code: "InvalidArgument" });
}

export class MockRange extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: ModelSheet,
    private readonly rect: Rect,
  ) {
    super(ctx);
  }

  static at(ctx: MockContext, sheet: ModelSheet, address: string): MockRange {
    const rect = parseRangeRef(address);
    if (!rect || address.includes(",")) throw invalid(`not a range address: ${address}`);
    return new MockRange(ctx, sheet, rect);
  }

  get address(): string {
    return this.read("address");
  }

  get values(): Raw[][] {
    return this.read("values");
  }

  set values(rows: unknown[][]) {
    this.write(rows, (format, value) => ({ value: written(value, format), format }));
    const { model } = this.ctx;
    this.ctx.queue(() => model.changed(this.sheet, this.rect));
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(rows: unknown[][]) {
    this.write(rows, (_, format, cell) => ({ ...cell, value: cell?.value ?? "", format: String(format) }));
  }

  /** The user's formatting: the adapter must never come near it. */
  get format(): never {
    this.ctx.model.formatTouches++;
    throw new Error("range.format touched: highlights are conditional formats");
  }

  get conditionalFormats(): MockConditionalFormatCollection {
    if (this.rect !== WHOLE_SHEET) throw new Error("the mock lists the conditional formats of whole sheets only");
    return new MockConditionalFormatCollection(this.ctx, this.sheet, null);
  }

  get dataValidation(): MockDataValidation {
    return new MockDataValidation(this.ctx, this.sheet, this.rect);
  }

  getCell(row: number, column: number): MockRange {
    const top = this.rect.top + row;
    const left = this.rect.left + column;
    return new MockRange(this.ctx, this.sheet, { top, left, bottom: top, right: left });
  }

  getRow(row: number): MockRange {
    const top = this.rect.top + row;
    return new MockRange(this.ctx, this.sheet, { ...this.rect, top, bottom: top });
  }

  getLastRow(): MockRange {
    return this.getRow(this.rect.bottom - this.rect.top);
  }

  select(): void {
    if (this.ctx.model.active !== this.sheet)
      throw Object.assign(new Error("not the active sheet"), { code: "InvalidOperation" });
    this.ctx.queue();
    this.ctx.model.selection = { sheet: this.sheet.name, address: rectAddress(this.rect) };
  }

  protected override scalar(prop: string): unknown {
    const { model } = this.ctx;
    const grid = (of: (cell: ModelCell | undefined, row: number, col: number) => unknown) =>
      Array.from({ length: this.rect.bottom - this.rect.top + 1 }, (_, r) =>
        Array.from({ length: this.rect.right - this.rect.left + 1 }, (_, c) => {
          const [row, col] = [this.rect.top + r, this.rect.left + c];
          return of(model.cell(this.sheet, row, col), row, col);
        }),
      );
    if (prop === "address") return model.address(this.sheet, this.rect);
    if (prop === "values") return grid((cell) => cell?.value ?? "");
    if (prop === "valueTypes") return grid(valueType);
    if (prop === "numberFormat") return grid((_, row, col) => model.formatAt(this.sheet, row, col));
    return super.scalar(prop);
  }

  /** A 2-D array as wide and high as the range; null leaves a cell as it is. */
  private write(
    rows: unknown[][],
    change: (format: string, value: unknown, cell: ModelCell | undefined) => ModelCell,
  ): void {
    const height = this.rect.bottom - this.rect.top + 1;
    const width = this.rect.right - this.rect.left + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width))
      throw invalid(`a ${rows.length}-row array for a ${height}x${width} range`);
    this.ctx.queue();
    this.ctx.carry(rows);
    const { model } = this.ctx;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const [at, col] = [this.rect.top + r, this.rect.left + c];
        const cell = model.cell(this.sheet, at, col);
        model.put(this.sheet, at, col, change(model.formatAt(this.sheet, at, col), value, cell));
      }),
    );
  }
}

/** `Excel.RangeValueType` of a cell. */
function valueType(cell: ModelCell | undefined): string {
  if (cell === undefined || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  return typeof cell.value === "boolean" ? "Boolean" : "String";
}

export class MockRangeAreas extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: ModelSheet,
    private readonly addresses: string,
  ) {
    super(ctx);
  }

  get format(): never {
    this.ctx.model.formatTouches++;
    throw new Error("rangeAreas.format touched: highlights are conditional formats");
  }

  get conditionalFormats(): MockConditionalFormatCollection {
    return new MockConditionalFormatCollection(this.ctx, this.sheet, this.addresses);
  }
}
