/// <reference types="office-js" />
import { DAYS_1900_TO_1904 } from "./excel-value";

/**
 * Queues the question whether the workbook counts dates from 1904: DATE(1904,1,1) is serial 0 there and
 * 1,462 in the 1900 system. A worksheet function (ExcelApi 1.2) computes without touching any cell.
 */
export function loadDateSystem(context: Excel.RequestContext): () => boolean {
  const serial = context.workbook.functions.date(1904, 1, 1).load("value");
  return () => serial.value !== DAYS_1900_TO_1904;
}
