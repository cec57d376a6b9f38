/// <reference types="office-js" />
import type { ExcelHost } from "../../../../addin/src/office/excel-host";
import type { ExcelModel } from "./excel-model";
import { MockContext } from "./mock-context";
import { MockWorkbook } from "./mock-workbook";

/** Office.js over a model: each `run` gets a fresh context, whose syncs and loads the tests look at. */
export class MockHost implements ExcelHost {
  readonly runs: MockContext[] = [];

  constructor(readonly model: ExcelModel) {}

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> {
    if (options?.delayForCellEdit && !this.isSetSupported("ExcelApi", "1.11"))
      throw new Error("delayForCellEdit given to an Excel without ExcelApi 1.11");
    const context = new MockContext(this.model, options?.delayForCellEdit === true);
    this.runs.push(context);
    const request = Object.assign(context, { workbook: new MockWorkbook(context) });
    const result = await batch(request as unknown as Excel.RequestContext);
    context.settle();
    return result;
  }

  isSetSupported(name: string, version: string): boolean {
    return name === "ExcelApi" && this.model.supports(version);
  }

  /** `Excel.createWorkbook`: the mock keeps what it was given. */
  async createWorkbook(base64: string): Promise<void> {
    if (!this.isSetSupported("ExcelApi", "1.8")) throw new Error("Excel.createWorkbook needs ExcelApi 1.8");
    this.model.created.push(base64);
  }

  /** The syncs of the last run. */
  get lastSyncs(): number {
    return this.runs.at(-1)?.syncs ?? 0;
  }
}
