import { constants } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { DEFAULT_READ_LIMITS } from "../shared/xlsx";
import { faultOf } from "./fault-words";

/** Where a file is: a Buffer when a folder gave a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

/**
 * A file's bytes and time, read only when it is a regular file: opening without blocking and asking the open
 * file what it is, so a FIFO cannot hang the command and a device cannot feed it forever. A file past the
 * reader's size limit is read only up to one byte past it, which is enough for the reader to refuse it.
 */
export async function readRegularFile(path: FilePath): Promise<{ bytes: Uint8Array; modified: number }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(async (error: { code?: string }) => {
    if (error.code === "ENOENT" && (await lstat(path).catch(() => null))?.isSymbolicLink())
      throw faultOf("DANGLING_LINK");
    throw error;
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw faultOf("NOT_REGULAR");
    const size = Math.min(info.size, DEFAULT_READ_LIMITS.maxFileBytes + 1);
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size;) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) return { bytes: bytes.subarray(0, at), modified: info.mtimeMs };
      at += bytesRead;
    }
    return { bytes, modified: info.mtimeMs };
  } finally {
    await handle.close();
  }
}
