import { type Examined, examineFile, unopenedFile } from "../../shared/consolidate";
import type { Lang } from "../../shared/i18n";
import type { Input } from "../expand-inputs";
import { faultWords } from "../fault-words";
import { nodeDeflate } from "../node-deflate";
import { nodeInflate } from "../node-inflate";
import { nodeSha256 } from "../node-sha256";
import { readRegularFile } from "../read-regular";

/** One file read from disk and examined; a file that cannot be opened is a ledger row of its own, its reason in `ui`. */
export async function examinePath(input: Input, ui: Lang): Promise<Examined> {
  // A Buffer path arrives from a worker thread's message as a plain Uint8Array.
  const path = typeof input.path === "string" ? input.path : Buffer.from(input.path);
  try {
    if (input.fault) throw Object.assign(new Error(input.fault), { code: input.fault });
    const { bytes, modified } = await readRegularFile(path);
    return await examineFile(
      { name: input.name, modified, bytes },
      { inflate: nodeInflate, deflate: nodeDeflate, sha256: nodeSha256 },
    );
  } catch (error) {
    return unopenedFile(input.name, faultWords(error, ui));
  }
}
