import { type Lang, tc } from "../shared/i18n";

/** Where the command line writes: injectable, so tests see exactly what a user would. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes: 0 done, 1 the work failed, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Wrong usage of `command`: the reason in the user's language, and where its help is. */
export function usage(io: Io, ui: Lang, command: string, reason: string): ExitCode {
  io.err(tc(ui, "cli.badArguments", { reason, command }));
  return EXIT.usage;
}
