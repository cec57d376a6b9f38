import { cliMessages } from "./catalogue/cli";
import { translator } from "./translate";

/** The command line's own words: apart from MESSAGES, so the task pane does not carry them. */
export const CLI_MESSAGES = cliMessages;
export type CliMessageId = keyof typeof CLI_MESSAGES;

/** A command line message in `lang` with its placeholders filled. */
export const tc = translator(CLI_MESSAGES);
