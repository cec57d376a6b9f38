import type { ExcelModel } from "./excel-model";

/** Office.js's error for an object asked for by a name or id the workbook lacks. */
export function itemNotFound(what: string): Error {
  return Object.assign(new Error(`ItemNotFound: ${what}`), { code: "ItemNotFound" });
}

/** An error as Office.js gives it: a message and a code of `Excel.ErrorCodes`. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
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
  private failure: Error | null = null;
  private bytes = 0;

  constructor(
    readonly model: ExcelModel,
    private readonly delayForCellEdit = false,
  ) {}

  /** A command or load was queued: the next sync sends it. */
  queue(commit?: () => void): void {
    this.queued = true;
    if (commit) this.pending.push(commit);
  }

  /** Values sent or received by the next sync, counted against the payload limit. */
  carry(value: unknown): void {
    this.bytes += Buffer.byteLength(JSON.stringify(value) ?? "");
  }

  /** Something queued that Excel will refuse: the next sync fails with it, and none of its loads arrive. */
  fail(error: Error): void {
    this.queued = true;
    this.failure ??= error;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const { pending, failure, bytes } = this;
    this.pending = [];
    this.queued = false;
    this.failure = null;
    this.bytes = 0;
    if (this.model.editing) {
      if (!this.delayForCellEdit) throw officeError("InvalidOperationInCellEditMode", "the user is editing a cell");
      // Excel waits until the user leaves the cell, then runs the batch.
      this.model.editing = false;
    }
    if (failure) throw failure;
    const limit = this.model.payloadLimit;
    if (limit !== null && bytes > limit)
      throw officeError("ResponsePayloadSizeLimitExceeded", `${bytes} bytes in one request`);
    for (const commit of pending) commit();
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

  /** Loads a property, or a navigation property and a path below it; what Excel would refuse fails the sync. */
  private loadPath(path: string[]): void {
    try {
      this.loadPathOrThrow(path);
    } catch (error) {
      if (!(error instanceof Error && "code" in error)) throw error;
      this.ctx.fail(error);
    }
  }

  private loadPathOrThrow([prop = "", ...rest]: string[]): void {
    if (this.isNull) return this.ctx.queue();
    if (rest.length === 0 && prop !== "items") {
      const value = structuredClone(this.scalar(prop));
      this.ctx.carry(value);
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
