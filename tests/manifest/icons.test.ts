import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { drawIcon, ICON_SIZES } from "../../manifest/draw-icon";
import { crc32, PNG_SIGNATURE } from "../../manifest/encode-png";

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
  readonly crcOk: boolean;
}

function chunks(png: Buffer): Chunk[] {
  const found: Chunk[] = [];
  for (let at = PNG_SIGNATURE.length; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    found.push({
      type: body.subarray(0, 4).toString("latin1"),
      data: body.subarray(4),
      crcOk: crc32(body) === png.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return found;
}

describe.each(ICON_SIZES)("the %i-pixel icon", (size) => {
  const png = readFileSync(join(__dirname, `../../manifest/assets/icon-${size}.png`));
  const parts = chunks(png);

  it("is a PNG of whole chunks, each with its checksum", () => {
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(parts.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(parts.every((c) => c.crcOk)).toBe(true);
  });

  it(`is ${size} pixels square, 8-bit RGBA`, () => {
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([size, size, 8, 6]);
  });

  it("holds what the icon script draws: run `npx tsx manifest/write-icons.ts` after changing it", () => {
    const rows = inflateSync(parts[1]!.data);
    const stride = size * 4 + 1;
    const pixels = Buffer.concat(
      Array.from({ length: size }, (_, y) => rows.subarray(y * stride + 1, (y + 1) * stride)),
    );
    expect(pixels.equals(Buffer.from(drawIcon(size)))).toBe(true);
  });
});
