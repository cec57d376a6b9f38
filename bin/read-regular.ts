import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { DEFAULT_READ_LIMITS } from "../shared/xlsx";
import { faultOf } from "./fault-words";

/** Where a file is: a Buffer when a folder gave a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

/**
 * A file's bytes and time, read only when it is a regular file: opening without blocking and asking the open
 * file what it is, so a FIFO cannot hang the command and a device cannot feed it forever. A file past the
 * reader's size limit is read only up to one byte past it, which is enough for the reader to refuse it.
 * Read synchronously: each thread examines one file at a time, and Node's asynchronous file calls each wait for its
 * thread pool, which on a busy machine cost several times the reading itself.
 */
export async function readRegularFile(path: FilePath): Promise<{ bytes: Uint8Array; modified: number }> {
  const fd = openRegular(path);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw faultOf("NOT_REGULAR");
    const size = Math.min(info.size, DEFAULT_READ_LIMITS.maxFileBytes + 1);
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size;) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) return { bytes: bytes.subarray(0, at), modified: info.mtimeMs };
      at += read;
    }
    return { bytes, modified: info.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function openRegular(path: FilePath): number {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT" && isSymbolicLink(path)) throw faultOf("DANGLING_LINK");
    throw error;
  }
}

function isSymbolicLink(path: FilePath): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
