import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../shared/xlsx";

/** Node's zlib inflates several times faster than fflate; it stops at the reader's limit on its own. */
export const nodeInflate: InflateRaw = (data, maxOutputLength) => inflateRawSync(data, { maxOutputLength });
