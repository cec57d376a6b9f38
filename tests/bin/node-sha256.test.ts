import { nodeSha256 } from "../../bin/node-sha256";
import { sha256Hex } from "../../shared/stamp/sha256";

describe("Node's SHA-256", () => {
  it("gives the hash Web Crypto gives, of text and of bytes", async () => {
    const text = "Барлығы: 193 632,6 ₸";
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 251);
    expect(nodeSha256(text)).toBe(await sha256Hex(text));
    expect(nodeSha256(bytes)).toBe(await sha256Hex(bytes));
  });
});
