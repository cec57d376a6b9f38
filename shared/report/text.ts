import { reportMessages } from "../i18n/catalogue/report";
import type { DocumentLabels, WorkbookLang } from "../i18n/lang";
import { translator } from "../i18n/translate";

/** The documents' own texts, in Kazakh and Russian; apart from MESSAGES so the pane loads them only with a report. */
export const DOCUMENT_MESSAGES = reportMessages satisfies Record<string, DocumentLabels>;
export type DocumentMessageId = keyof typeof DOCUMENT_MESSAGES;

/** A sentence of a drafted document in `lang`, its `{name}` placeholders filled. */
export const td = translator<DocumentMessageId, WorkbookLang>(DOCUMENT_MESSAGES);
