import { promisify } from "node:util";
import { inflateRaw, inflateRawSync } from "node:zlib";
import type { InflateLater } from "../shared/consolidate";
import type { InflateRaw } from "../shared/xlsx";

/** Node's zlib inflates several times faster than fflate; it stops at the reader's limit on its own. */
export const nodeInflate: InflateRaw = (data, maxOutputLength) => inflateRawSync(data, { maxOutputLength });

/** Our own packed rows, inflated on Node's thread pool while the summary's writer goes on. */
export const nodeInflateLater: InflateLater = promisify(inflateRaw);
