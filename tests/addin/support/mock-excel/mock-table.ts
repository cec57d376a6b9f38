import type { Rect } from "../../../../addin/src/port/range-ref";
import type { ModelTable } from "./excel-model";
import { type MockContext, MockObject } from "./mock-context";
import { MockRange } from "./mock-range";
import { MockWorksheet } from "./mock-workbook";

export class MockTableCollection extends MockObject {
  get items(): MockTable[] {
    return this.read("items");
  }

  getItemOrNullObject(name: string): MockTable {
    const table = this.ctx.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    return new MockTable(this.ctx, table ?? null);
  }

  protected override navigate(prop: string): readonly MockObject[] {
    if (prop !== "items") return super.navigate(prop) as readonly MockObject[];
    return this.ctx.model.tables.map((table) => new MockTable(this.ctx, table));
  }
}

export class MockTable extends MockObject {
  readonly rows: { add(index?: number, values?: unknown[][]): void };

  constructor(
    ctx: MockContext,
    private readonly table: ModelTable | null,
  ) {
    super(ctx, table === null);
    this.rows = { add: (index, values) => this.addRows(index, values) };
  }

  get name(): string {
    return this.read("name");
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  get worksheet(): MockWorksheet {
    return this.child("worksheet");
  }

  getRange(): MockRange {
    return new MockRange(this.ctx, this.model().sheet, this.model().rect);
  }

  getDataBodyRange(): MockRange {
    return new MockRange(this.ctx, this.model().sheet, bodyOf(this.model()));
  }

  protected override scalar(prop: string): unknown {
    const table = this.model();
    if (prop === "name" || prop === "showTotals") return table[prop];
    return super.scalar(prop);
  }

  protected override navigate(prop: string): MockWorksheet {
    if (prop !== "worksheet") return super.navigate(prop) as MockWorksheet;
    return new MockWorksheet(this.ctx, this.model().sheet);
  }

  /**
   * Rows at the end of the body, inserted as Excel inserts them: cells below in the table's columns move
   * down, with any table standing there; a totals row stays last.
   */
  private addRows(index: number | undefined, values: unknown[][] | undefined): void {
    if (index !== undefined && index !== -1) throw new Error("the mock adds rows at the end only");
    const table = this.model();
    const { model } = this.ctx;
    const count = values?.length ?? 1;
    const at = bodyOf(table).bottom + 1;
    const { left, right } = table.rect;
    const moving = [...table.sheet.cells.keys()]
      .map((k) => k.split(",").map(Number) as [number, number])
      .filter(([r, c]) => r >= at && c >= left && c <= right)
      .sort(([a], [b]) => b - a);
    for (const [r, c] of moving) {
      model.put(table.sheet, r + count, c, model.cell(table.sheet, r, c));
      model.put(table.sheet, r, c, undefined);
    }
    for (const other of model.tables) {
      const below =
        other.sheet === table.sheet && other.rect.top >= at && other.rect.left <= right && other.rect.right >= left;
      if (below) other.rect = { ...other.rect, top: other.rect.top + count, bottom: other.rect.bottom + count };
    }
    table.rect = { ...table.rect, bottom: table.rect.bottom + count };
    this.ctx.queue();
    if (values) new MockRange(this.ctx, table.sheet, { top: at, left, bottom: at + count - 1, right }).values = values;
  }

  private model(): ModelTable {
    this.live();
    return this.table as ModelTable;
  }
}

function bodyOf(table: ModelTable): Rect {
  return { ...table.rect, top: table.rect.top + 1, bottom: table.rect.bottom - (table.showTotals ? 1 : 0) };
}
