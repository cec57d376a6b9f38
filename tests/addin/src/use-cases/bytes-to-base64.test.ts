import { bytesToBase64 } from "../../../../addin/src/use-cases/bytes-to-base64";

describe("base64 of bytes", () => {
  it("is what Node's own encoder gives, for files larger than one slice", () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
