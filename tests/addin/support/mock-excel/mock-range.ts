import { parseRangeRef, type Rect } from "../../../../addin/src/port/range-ref";
import { type ModelCell, type ModelSheet, type Raw, rectAddress } from "./excel-model";
import { type MockContext, MockObject } from "./mock-context";
import { MockConditionalFormatCollection } from "./mock-conditional-format";

export const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: 1048576, right: 16384 };

/** The smallest rectangle holding every value of the sheet; A1 for a blank sheet, as Excel gives it. */
export function usedRect(sheet: ModelSheet): Rect {
  const places = [...sheet.cells].filter(([, cell]) => cell.value !== "").map(([at]) => at.split(",").map(Number));
  if (places.length === 0) return { top: 1, left: 1, bottom: 1, right: 1 };
  const rows = places.map(([r]) => r as number);
  const cols = places.map(([, c]) => c as number);
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

/** What Excel keeps of a value written through `range.values`: it reads text as if typed. */
function written(value: unknown, format: string): Raw {
  if (typeof value !== "string") return value as Raw;
  if (value.startsWith("'")) return value.slice(1);
  if (/^[=+\-@]/.test(value)) throw new Error(`Excel would read "${value}" as a formula: quote it`);
  return format !== "@" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
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
    this.write(rows, (cell, value) => ({
      value: written(value, cell?.format ?? "General"),
      format: cell?.format ?? "General",
    }));
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(rows: unknown[][]) {
    this.write(rows, (cell, format) => ({ value: cell?.value ?? "", format: String(format) }));
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
    const grid = (of: (cell: ModelCell | undefined) => unknown) =>
      Array.from({ length: this.rect.bottom - this.rect.top + 1 }, (_, r) =>
        Array.from({ length: this.rect.right - this.rect.left + 1 }, (_, c) =>
          of(model.cell(this.sheet, this.rect.top + r, this.rect.left + c)),
        ),
      );
    if (prop === "address") return model.address(this.sheet, this.rect);
    if (prop === "values") return grid((cell) => cell?.value ?? "");
    if (prop === "numberFormat") return grid((cell) => cell?.format ?? "General");
    return super.scalar(prop);
  }

  /** A 2-D array as wide and high as the range; null leaves a cell as it is. */
  private write(rows: unknown[][], change: (cell: ModelCell | undefined, value: unknown) => ModelCell): void {
    const height = this.rect.bottom - this.rect.top + 1;
    const width = this.rect.right - this.rect.left + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width))
      throw invalid(`a ${rows.length}-row array for a ${height}x${width} range`);
    this.ctx.queue();
    const { model } = this.ctx;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const [at, col] = [this.rect.top + r, this.rect.left + c];
        model.put(this.sheet, at, col, change(model.cell(this.sheet, at, col), value));
      }),
    );
  }
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
