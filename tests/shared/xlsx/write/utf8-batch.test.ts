import { Utf8Batch } from "../../../../shared/xlsx/write/utf8-batch";

describe("a batch of text gathered as UTF-8", () => {
  it("gives the bytes the whole text encodes to, and counts its characters as a string's length does", () => {
    const pieces = ['<row r="4">', "<t>Қазақстан 😀</t>", "</row>", ""];
    const batch = new Utf8Batch(8);
    for (const piece of pieces) batch.add(piece);
    expect(batch.chars).toBe(pieces.join("").length);
    expect(Buffer.from(batch.take()).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("begins again after it is taken, and the bytes taken stay as they were", () => {
    const batch = new Utf8Batch(4);
    batch.add("ә".repeat(1_000));
    const first = batch.take();
    batch.add("abc");
    expect(batch.chars).toBe(3);
    expect(new TextDecoder().decode(batch.take())).toBe("abc");
    expect(new TextDecoder().decode(first)).toBe("ә".repeat(1_000));
  });
});
