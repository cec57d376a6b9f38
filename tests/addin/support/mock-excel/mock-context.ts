import type { ExcelModel } from "./excel-model";

/** Office.js's error for an object asked for by a name or id the workbook lacks. */
export function itemNotFound(what: string): Error {
  return Object.assign(new Error(`ItemNotFound: ${what}`), { code: "ItemNotFound" });
}

/**
 * One `Excel.run`'s request context. Commands act on the model at once, in the order queued, which is what
 * Excel does at the sync; loaded values become readable only after a sync, and reading sooner throws.
 */
export class MockContext {
  syncs = 0;
  /** Every load queued, as `Class.path`. */
  readonly loads: string[] = [];
  private pending: (() => void)[] = [];
  private queued = false;

  constructor(readonly model: ExcelModel) {}

  /** A command or load was queued: the next sync sends it. */
  queue(commit?: () => void): void {
    this.queued = true;
    if (commit) this.pending.push(commit);
  }

  async sync(): Promise<void> {
    this.syncs++;
    for (const commit of this.pending) commit();
    this.pending = [];
    this.queued = false;
  }

  /** At the end of a run: anything queued but never synced is a bug of the adapter's. */
  settle(): void {
    if (this.queued) throw new Error("commands were queued after the last context.sync() and never sent");
  }
}

/** A proxy object: loads what it is asked to, and refuses reads of anything not loaded and synced. */
export abstract class MockObject {
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, MockObject | readonly MockObject[]>();
  private readonly born: number;

  constructor(
    protected readonly ctx: MockContext,
    private readonly isNull = false,
  ) {
    this.born = ctx.syncs;
  }

  load(spec?: string | string[]): this {
    const paths = typeof spec === "string" ? spec.split(",") : (spec ?? []);
    for (const path of paths.map((p) => p.trim())) {
      this.ctx.loads.push(`${this.constructor.name}.${path}`);
      this.loadPath(path.split("/"));
    }
    return this;
  }

  get isNullObject(): boolean {
    if (this.ctx.syncs === this.born)
      throw new Error(`${this.constructor.name}.isNullObject read before context.sync()`);
    return this.isNull;
  }

  /** Loads a property, or a navigation property and a path below it. */
  private loadPath([prop = "", ...rest]: string[]): void {
    if (this.isNull) return this.ctx.queue();
    if (rest.length === 0 && prop !== "items") {
      const value = structuredClone(this.scalar(prop));
      return this.ctx.queue(() => this.loaded.set(prop, value));
    }
    const child = this.child(prop);
    if (Array.isArray(child)) {
      this.ctx.queue(() => this.loaded.set(prop, child));
      for (const item of child) if (rest.length > 0) item.loadPath(rest);
    } else (child as MockObject).loadPath(rest);
  }

  protected read<T>(prop: string): T {
    const name = `${this.constructor.name}.${prop}`;
    if (this.isNull) throw new Error(`${name} read on a null object: test isNullObject first`);
    if (!this.loaded.has(prop)) throw new Error(`${name} read before load("${prop}") and context.sync()`);
    return this.loaded.get(prop) as T;
  }

  /** A navigation property: the same object each time, so what was loaded through it can be read through it. */
  protected child<T extends MockObject | readonly MockObject[]>(prop: string): T {
    const child = this.children.get(prop) ?? this.navigate(prop);
    this.children.set(prop, child);
    return child as T;
  }

  /** Methods of a null object fail: only its isNullObject may be asked. */
  protected live(): void {
    if (this.isNull) throw new Error(`a method of a null ${this.constructor.name} was called`);
  }

  /** The current value of a scalar property. */
  protected scalar(prop: string): unknown {
    throw new Error(`the mock's ${this.constructor.name} has no property ${prop}`);
  }

  /** The object or items a navigation property leads to. */
  protected navigate(prop: string): MockObject | readonly MockObject[] {
    throw new Error(`the mock's ${this.constructor.name} has no navigation property ${prop}`);
  }
}

/** A method's result: readable after the next sync. */
export class MockClientResult<T> {
  private ready = false;

  constructor(
    ctx: MockContext,
    private readonly result: T,
  ) {
    ctx.queue(() => (this.ready = true));
  }

  get value(): T {
    if (!this.ready) throw new Error("ClientResult.value read before context.sync()");
    return this.result;
  }
}
