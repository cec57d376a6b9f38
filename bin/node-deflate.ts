import { promisify } from "node:util";
import { constants, crc32, deflateRaw, deflateRawSync } from "node:zlib";
import type { DeflateRaw } from "../shared/consolidate";
import type { Compressor } from "../shared/xlsx";

const deflateRawLater = promisify(deflateRaw);
const OUT_CHUNK = 64 * 1024;

/**
 * Node's zlib deflates several times faster than fflate, and on libuv's thread pool: the writer makes the next
 * rows on the main thread meanwhile. Each push is deflated on its own and ends in a sync flush (blocks without
 * the final bit), so the outputs concatenated in the order pushed are one stream; the last push ends it.
 */
export const nodeCompressor: Compressor = {
  deflate: () => ({
    async push(data, final) {
      if (data.length === 0 && !final) return [];
      const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
      // Room for a batch's compressed bytes at once: each 16 KB more would be another trip to the pool and back.
      return [await deflateRawLater(data, { level: 6, finishFlush, chunkSize: OUT_CHUNK })];
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
