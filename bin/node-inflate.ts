import { promisify } from "node:util";
import { inflateRaw, inflateRawSync } from "node:zlib";
import type { InflateLater } from "../shared/consolidate";
import type { InflateRaw } from "../shared/xlsx";

/**
 * zlib's output comes in pieces of `chunkSize` (16 KB by default), copied together at the end: a sheet of a few
 * megabytes is hundreds of them. About 16 times the input (more than our parts inflate to, mostly), at most 4 MB.
 */
const chunkSize = (data: Uint8Array) => Math.min(4 * 2 ** 20, Math.max(16 * 1024, data.length * 16));

/** Node's zlib inflates several times faster than fflate; it stops at the reader's limit on its own. */
export const nodeInflate: InflateRaw = (data, maxOutputLength) =>
  inflateRawSync(data, { maxOutputLength, chunkSize: chunkSize(data) });

/** Our own packed rows, inflated on Node's thread pool while the summary's writer goes on. */
export const nodeInflateLater: InflateLater = promisify(inflateRaw);
