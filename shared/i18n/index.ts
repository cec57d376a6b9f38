export { isLang, LANGS, WORKBOOK_LANGS } from "./lang-codes";
export { Lang, WorkbookLang } from "./lang";
export { t, type MessageId, type MessageParams } from "./translate";
export { tc, type CliMessageId } from "./cli-text";
export { tdep } from "./department-text";
export { tp } from "./paste-text";
export { tsum, type SummaryMessageId } from "./summary-text";
