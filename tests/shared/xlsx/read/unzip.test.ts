import { zipSync } from "fflate";
import { DEFAULT_READ_LIMITS } from "../../../../shared/xlsx/read/options";
import { Archive } from "../../../../shared/xlsx/read/unzip";

/** Text that compresses only a few times: a part's compressed size decides which inflater reads it. */
const text = (bytes: number) =>
  new TextEncoder().encode(
    Array.from({ length: bytes / 8 }, (_, i) => (i * 7919).toString(36).padStart(8, "x")).join(""),
  );
/** Byte for byte (jest's deep equality walks a typed array an element at a time). */
const bytesOf = (part: Uint8Array | undefined) => (part === undefined ? undefined : Buffer.from(part).toString("hex"));

describe("a part read whole", () => {
  const small = text(16 * 1024);
  const large = text(512 * 1024);
  const zip = zipSync({ "small.xml": small, "large.xml": large, "stored.xml": [small, { level: 0 }] });

  it("is what the injected inflater gave, not a copy", () => {
    const given = new Uint8Array(small);
    const archive = new Archive(zip, DEFAULT_READ_LIMITS, () => given);
    expect(archive.readWhole("small.xml")).toBe(given);
  });

  it("is whole however the part is stored or inflated", () => {
    const archive = new Archive(zip, DEFAULT_READ_LIMITS);
    expect(bytesOf(archive.readWhole("large.xml"))).toBe(bytesOf(large)); // streamed through fflate, in chunks
    expect(bytesOf(archive.readWhole("small.xml"))).toBe(bytesOf(small));
    expect(bytesOf(archive.readWhole("stored.xml"))).toBe(bytesOf(small));
    expect(archive.readWhole("missing.xml")).toBeUndefined();
    expect(archive.readWhole("large.xml", 256 * 1024)).toBeUndefined();
  });

  it("still comes a megabyte at a time to a reader that streams it", () => {
    const chunks: number[] = [];
    const inflated = new Uint8Array(3.5 * 2 ** 20);
    new Archive(zip, DEFAULT_READ_LIMITS, () => inflated).read("large.xml", (chunk) => chunks.push(chunk.length));
    expect(chunks).toEqual([2 ** 20, 2 ** 20, 2 ** 20, 2 ** 19]);
  });
});
