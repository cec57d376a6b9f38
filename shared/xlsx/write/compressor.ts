import { Deflate } from "fflate";

/**
 * Compressed bytes: ready now, or promised by a compressor that deflates elsewhere (Node's thread pool) while the
 * writer goes on making the next rows.
 */
export type Deflated = Uint8Array[] | Promise<Uint8Array[]>;

/** What the .xlsx writer needs of a deflate library: Node passes zlib's, the browser has fflate's. */
export interface Compressor {
  /** A raw deflate stream: push uncompressed bytes, get the compressed bytes ready (or promised) so far; final ends it. */
  deflate(): { push(data: Uint8Array, final: boolean): Deflated };
  /** The zip format's CRC-32 of `data`, continuing from `crc` (0 to start). */
  crc32(data: Uint8Array, crc: number): number;
}

/** fflate's deflate at zlib's default level; a CRC-32 of our own, as fflate does not export its one. */
export const fflateCompressor: Compressor = {
  deflate() {
    const ready: Uint8Array[] = [];
    const stream = new Deflate({ level: 6 }, (chunk) => ready.push(chunk));
    return {
      push(data, final) {
        stream.push(data, final);
        return ready.splice(0);
      },
    };
  },
  crc32,
};

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
