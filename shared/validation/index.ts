export { checkBytes, checkSnapshot, validateBytes, validateSnapshot, type Checked } from "./validate";
export type { Report, FormStats } from "./report";
export type { DataRow, FormData, WorkbookData } from "../findings/workbook-data";
