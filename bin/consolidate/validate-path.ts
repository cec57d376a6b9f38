import type { Lang } from "../../shared/i18n";
import { type Report, validateBytes, fileReport } from "../../shared/validation";
import type { Input } from "../expand-inputs";
import { faultWords } from "../fault-words";
import { nodeInflate } from "../node-inflate";
import { nodeSha256 } from "../node-sha256";
import { readRegularFile } from "../read-regular";

/** One file read from disk and validated; a file that cannot be opened is a finding of its own (why, in `lang`). */
export async function validatePath(input: Input, lang: Lang): Promise<Report> {
  // A Buffer path arrives from a worker thread's message as a plain Uint8Array.
  const path = typeof input.path === "string" ? input.path : Buffer.from(input.path);
  try {
    if (input.fault) throw Object.assign(new Error(input.fault), { code: input.fault });
    return await validateBytes((await readRegularFile(path)).bytes, { inflate: nodeInflate, sha256: nodeSha256 });
  } catch (error) {
    return fileReport("cannot_open", { detail: faultWords(error, lang) });
  }
}
