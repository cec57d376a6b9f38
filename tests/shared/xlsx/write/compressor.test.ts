import { randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import { inflateSync } from "fflate";
import { fflateCompressor } from "../../../../shared/xlsx/write/compressor";

describe("fflate as the writer's compressor", () => {
  const data = new Uint8Array(randomBytes(300_000));

  it("computes the zip's CRC-32, continuing over pieces", () => {
    expect(fflateCompressor.crc32(data, 0)).toBe(crc32(data));
    const first = fflateCompressor.crc32(data.subarray(0, 1_000), 0);
    expect(fflateCompressor.crc32(data.subarray(1_000), first)).toBe(crc32(data));
    expect(fflateCompressor.crc32(new Uint8Array(), 0)).toBe(0);
  });

  it("deflates one raw stream over many pushes, ended by an empty final push", async () => {
    const text = new TextEncoder().encode("<row><c><v>1</v></c></row>".repeat(20_000));
    const stream = fflateCompressor.deflate();
    const out: Uint8Array[] = [];
    for (let at = 0; at < text.length; at += 7_000)
      out.push(...(await stream.push(text.subarray(at, at + 7_000), false)));
    out.push(...(await stream.push(new Uint8Array(), true)));
    expect(Buffer.from(inflateSync(Buffer.concat(out))).equals(Buffer.from(text))).toBe(true);
  });
});
