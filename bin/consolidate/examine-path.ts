import { readFile, stat } from "node:fs/promises";
import type { Examined } from "../../shared/consolidate/examined";
import { examineFile, unopenedFile } from "../../shared/consolidate/examine";
import { nodeDeflate } from "../node-deflate";
import { nodeInflate } from "../node-inflate";

/** A file on disk to consolidate: where it is, and its name as the ledger shows it. */
export interface InputPath {
  readonly path: string;
  readonly name: string;
}

/** One file read from disk and examined; a file that cannot be opened is a ledger row of its own. */
export async function examinePath(input: InputPath): Promise<Examined> {
  try {
    const [bytes, info] = await Promise.all([readFile(input.path), stat(input.path)]);
    return await examineFile(
      { name: input.name, modified: info.mtimeMs, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) },
      { inflate: nodeInflate, deflate: nodeDeflate },
    );
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    return unopenedFile(input.name, code);
  }
}
