import { base64ToBytes, bytesToBase64 } from "../../../../addin/src/port/base64";

describe("base64 of bytes", () => {
  const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) % 256);

  it("is what Node's own encoder gives, for files larger than one slice", () => {
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("reads back to the same bytes", () => {
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
