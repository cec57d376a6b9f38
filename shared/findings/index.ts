export { FINDING_CODES } from "./codes";
export { describeFinding } from "./describe-finding";
export { problemFinding, WHOLE_FILE, type Finding, type Severity } from "./finding";
export type { DataRow, FormData } from "./workbook-data";
