import { overviewMessages } from "./catalogue/overview";
import { summaryMessages } from "./catalogue/summary";
import { translator } from "./translate";

/** The summary's own words (its notes, Intake, Missing, the overview): apart from MESSAGES, so the pane loads them only with a consolidation. */
export const SUMMARY_MESSAGES = { ...summaryMessages, ...overviewMessages };
export type SummaryMessageId = keyof typeof SUMMARY_MESSAGES;

/** A word of the summary in `lang` with its placeholders filled. */
export const tsum = translator(SUMMARY_MESSAGES);
