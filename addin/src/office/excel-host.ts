/// <reference types="office-js" />

/** What of Office.js the adapter needs: a batch in Excel, which API sets the host has, a new workbook. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Opens a new workbook from an .xlsx file (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
}

/** The Excel the task pane runs in; use it once `Office.onReady` has resolved. */
export const excelHost: ExcelHost = {
  run(batch, options) {
    return options ? Excel.run(options, batch) : Excel.run(batch);
  },
  isSetSupported(name, version) {
    return Office.context.requirements.isSetSupported(name, version);
  },
  createWorkbook(base64) {
    return Excel.createWorkbook(base64);
  },
};

/** Office.js's error code, when the error is one of Office.js's. */
export function officeErrorCode(error: unknown): string | null {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : null;
}
