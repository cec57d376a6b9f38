import { strToU8, unzipSync } from "fflate";
import { zipDeterministic } from "../../../shared/xlsx/deterministic-zip";

const DATE = new Date("2026-01-01T00:00:00Z");

describe("zipDeterministic", () => {
  const entries = { "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") };

  it("stamps every entry with the date's day at midnight, whatever the time of day and the clock", () => {
    const bytes = Buffer.from(zipDeterministic(entries, DATE));
    expect(Buffer.from(zipDeterministic(entries, new Date("2026-01-01T17:45:00Z"))).equals(bytes)).toBe(true);
    expect([bytes.readUInt16LE(10), bytes.readUInt16LE(12)]).toEqual([0, ((2026 - 1980) << 9) | (1 << 5) | 1]);
  });

  it("keeps every entry, in order, with its content", () => {
    const zipped = unzipSync(zipDeterministic(entries, DATE));
    expect(Object.keys(zipped)).toEqual(Object.keys(entries));
    expect(Buffer.from(zipped["xl/workbook.xml"] ?? []).toString()).toBe("<workbook/>");
  });
});
