import { constants, crc32, deflateRawSync } from "node:zlib";
import type { DeflateRaw } from "../shared/consolidate";
import type { Compressor } from "../shared/xlsx";

/**
 * Node's zlib deflates several times faster than fflate. Each push is deflated on its own and ends in a
 * sync flush (blocks without the final bit), so the outputs concatenated are one stream; the last push ends it.
 */
export const nodeCompressor: Compressor = {
  deflate: () => ({
    push(data, final) {
      if (data.length === 0 && !final) return [];
      return [deflateRawSync(data, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH })];
    },
  }),
  crc32: (data, crc) => crc32(data, crc),
};

/** A whole buffer, fast: an organization's rows kept packed until the summary is written. */
export const nodeDeflate: DeflateRaw = (data) => {
  const packed = deflateRawSync(data, { level: 1 });
  // A plain Uint8Array, as it is after crossing from a worker thread, of its own size: zlib gives a small output
  // as a view of its 16 KB chunk, which would be kept whole until the summary is written (and cloned whole).
  if (packed.byteOffset === 0 && packed.length === packed.buffer.byteLength) return new Uint8Array(packed.buffer);
  return new Uint8Array(packed);
};
