import type { CreateResult, InsertResult, WorkbookPort } from "../port/workbook-port";

/**
 * Excel on the web refuses a request above about 5 MB (learn.microsoft.com: "Resource limits and performance
 * optimization for Office Add-ins"); inserting sheets sends the whole file, as base64, in one request.
 */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

export type SummaryInsert =
  | { readonly kind: "inserted"; readonly result: InsertResult }
  /** Too large to insert as sheets: opened as a workbook of its own instead. */
  | { readonly kind: "opened"; readonly result: CreateResult; readonly megabytes: number };

/** Inserts the summary as new sheets when its request fits Excel on the web's limit, else opens it as a new workbook. */
export async function insertSummary(port: WorkbookPort, base64: string): Promise<SummaryInsert> {
  if (base64.length <= REQUEST_LIMIT) return { kind: "inserted", result: await port.insertSheets(base64) };
  const megabytes = Math.round((base64.length / 1024 / 1024) * 10) / 10;
  return { kind: "opened", result: await port.createWorkbook(base64), megabytes };
}
