import { randomBytes } from "node:crypto";
import { constants, deflateRawSync } from "node:zlib";
import { inflateSync } from "fflate";
import { nodeCompressor, nodeDeflate } from "../../bin/node-deflate";
import { fflateCompressor, type Compressor } from "../../shared/xlsx/write/compressor";

const SIZES = [1, 0, 100, 4_096, 65_536, 7];

/** The data cut into pushes of uneven sizes, some empty, then an empty final push. */
async function deflateInPushes(compressor: Compressor, data: Uint8Array): Promise<Uint8Array> {
  const stream = compressor.deflate();
  const out: ReturnType<typeof stream.push>[] = [];
  for (let at = 0, i = 0; at < data.length; i++) {
    const size = SIZES[i % SIZES.length] as number;
    out.push(stream.push(data.subarray(at, at + size), false));
    at += size;
  }
  out.push(stream.push(new Uint8Array(), true));
  return Buffer.concat((await Promise.all(out)).flat());
}

describe("Node's zlib as the writer's compressor", () => {
  const rows = new TextEncoder().encode(
    Array.from({ length: 20_000 }, (_, i) => `<row r="${i}"><c r="A${i}"><v>${i * 17}</v></c></row>`).join(""),
  );

  it("deflates over many pushes into one stream that fflate inflates to the same bytes as fflate's own", async () => {
    const node = await deflateInPushes(nodeCompressor, rows);
    const fflate = await deflateInPushes(fflateCompressor, rows);
    expect(Buffer.from(inflateSync(node)).equals(Buffer.from(rows))).toBe(true);
    expect(Buffer.from(inflateSync(fflate)).equals(Buffer.from(inflateSync(node)))).toBe(true);
    expect(node.length).toBeLessThan(rows.length / 4);
  });

  it("ends a stream that had nothing pushed", async () => {
    const stream = nodeCompressor.deflate();
    expect(inflateSync(Buffer.concat(await stream.push(new Uint8Array(), true)))).toEqual(new Uint8Array());
  });

  it("deflates on the thread pool, pushes at once, to the bytes zlib's synchronous deflate gives each push", async () => {
    const pieces = [rows.subarray(0, 100_000), rows.subarray(100_000, 300_000), rows.subarray(300_000)];
    const stream = nodeCompressor.deflate();
    const pooled = await Promise.all(pieces.map((piece, i) => stream.push(piece, i === pieces.length - 1)));
    const sync = pieces.map((piece, i) =>
      deflateRawSync(piece, {
        level: 6,
        finishFlush: i === pieces.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    );
    expect(Buffer.concat(pooled.flat()).equals(Buffer.concat(sync))).toBe(true);
  });

  it("computes the same CRC-32 as fflate's compressor, continuing over pieces", () => {
    const data = new Uint8Array(randomBytes(100_000));
    const first = nodeCompressor.crc32(data.subarray(0, 333), 0);
    expect(nodeCompressor.crc32(data.subarray(333), first)).toBe(fflateCompressor.crc32(data, 0));
  });
});

describe("packing a buffer with Node's deflate", () => {
  it("gives raw deflate that fflate inflates back", () => {
    const data = new TextEncoder().encode("Ақбота балабақшасы; ".repeat(500));
    const packed = nodeDeflate(data);
    expect(packed.length).toBeLessThan(data.length / 10);
    expect(inflateSync(packed)).toEqual(data);
  });

  it("keeps only the packed bytes, not the chunk zlib wrote them in", () => {
    for (const data of [new TextEncoder().encode("a short row"), new Uint8Array(randomBytes(100_000))]) {
      const packed = nodeDeflate(data);
      expect(packed.buffer.byteLength).toBe(packed.length);
      expect(inflateSync(packed)).toEqual(data);
    }
  });
});
