export { checkBytes, checkSnapshot, validateBytes, validateSnapshot, type Checked } from "./validate";
export type { Report, FormStats } from "./report";
export type { DataRow, FormData, WorkbookData } from "../findings/workbook-data";
export { fileReport } from "./report";
export { readMeta } from "./read-meta";
export { readVersion } from "./check-template";
export { locateForm, type FormPlace } from "./locate-form";
export { readForm } from "./read-form";
