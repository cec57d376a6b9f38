import { type Lang, type CliMessageId, tc } from "../shared/i18n";

// The system's error codes in plain words: users act on "the disk is full", not on ENOSPC.
const WORDS: Readonly<Record<string, CliMessageId>> = {
  ENOSPC: "cli.fault.diskFull",
  EDQUOT: "cli.fault.diskFull",
  EFBIG: "cli.fault.tooBig",
  EACCES: "cli.fault.denied",
  EPERM: "cli.fault.denied",
  EROFS: "cli.fault.readOnly",
  ENOENT: "cli.fault.missing",
  ENOTDIR: "cli.fault.notFolder",
  EISDIR: "cli.fault.isFolder",
  EIO: "cli.fault.io",
  ELOOP: "cli.fault.loop",
  ENAMETOOLONG: "cli.fault.nameTooLong",
  EMFILE: "cli.fault.tooManyOpen",
  ENFILE: "cli.fault.tooManyOpen",
  ENXIO: "cli.fault.notRegular",
  // What reading found, not the system (read-regular.ts).
  NOT_REGULAR: "cli.fault.notRegular",
  DANGLING_LINK: "cli.fault.danglingLink",
  LINK_LOOP: "cli.fault.loop",
};

/** Why an operation on a file failed, in the user's language and in plain words. */
export function faultWords(error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | null)?.code;
  const id = typeof code === "string" ? WORDS[code] : undefined;
  if (id) return tc(lang, id);
  return tc(lang, "cli.fault.other", { code: typeof code === "string" ? code : String(error) });
}

/** An error with the code `faultWords` knows: what reading found wrong with a path. */
export function faultOf(code: keyof typeof WORDS): Error & { code: string } {
  return Object.assign(new Error(code), { code });
}
