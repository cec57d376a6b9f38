import { pasteMessages } from "./catalogue/paste";
import { translator } from "./translate";

/** The pane's words for pasting rows: apart from MESSAGES, so they load with Fill's chunk, not at first paint. */
export const PASTE_MESSAGES = pasteMessages;
export type PasteMessageId = keyof typeof PASTE_MESSAGES;

/** A paste message in `lang` with its placeholders filled. */
export const tp = translator(PASTE_MESSAGES);
