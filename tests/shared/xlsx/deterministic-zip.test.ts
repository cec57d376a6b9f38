import { strToU8, unzipSync, zipSync } from "fflate";
import { repackDeterministic } from "../../../shared/xlsx/deterministic-zip";

const DATE = new Date("2026-01-01T00:00:00Z");

describe("repackDeterministic", () => {
  const entries = { "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") };

  it("gives the same bytes for the same content packed at different times", () => {
    const early = zipSync(entries, { mtime: new Date(2020, 0, 1, 8, 30) });
    const late = zipSync(entries, { mtime: new Date(2025, 6, 15, 17, 45) });
    expect(Buffer.from(early).equals(Buffer.from(late))).toBe(false);
    expect(Buffer.from(repackDeterministic(early, DATE)).equals(Buffer.from(repackDeterministic(late, DATE)))).toBe(
      true,
    );
  });

  it("keeps every entry, in order, with its content", () => {
    const repacked = unzipSync(repackDeterministic(zipSync(entries), DATE));
    expect(Object.keys(repacked)).toEqual(Object.keys(entries));
    expect(Buffer.from(repacked["xl/workbook.xml"] ?? []).toString()).toBe("<workbook/>");
  });
});
