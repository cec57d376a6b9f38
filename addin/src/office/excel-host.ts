/// <reference types="office-js" />

/** The two things of Office.js the adapter needs: a batch in Excel, and which API sets the host has. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The Excel the task pane runs in; use it once `Office.onReady` has resolved. */
export const excelHost: ExcelHost = {
  run(batch) {
    return Excel.run(batch);
  },
  isSetSupported(name, version) {
    return Office.context.requirements.isSetSupported(name, version);
  },
};
