import { strToU8, Zip, ZipDeflate, unzipSync, zipSync } from "fflate";
import { nodeInflate } from "../../../bin/node-inflate";
import { readMeta } from "../../../shared/validation/read-meta";
import { readWorkbook, salvageWorkbook } from "../../../shared/xlsx/read-workbook";
import { readLocalHeaders } from "../../../shared/xlsx/read/zip";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { VALID_ENTRIES } from "../../support/valid-entries";

let whole: Uint8Array;
beforeAll(async () => {
  whole = await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES));
});

/** Where a part ends in the file: its local header's offset plus header, name and data. */
function endOf(bytes: Uint8Array, part: string): number {
  const entry = readLocalHeaders(bytes).get(part);
  if (!entry) throw new Error(`no part ${part}`);
  return entry.localHeaderOffset + 30 + entry.name.length + entry.compressedSize;
}

/** The same parts re-zipped as a streaming writer does: sizes in a data descriptor after each part's data. */
function streamingZip(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("readLocalHeaders", () => {
  it("finds every part of a whole file from its local headers, as the central directory lists them", () => {
    const parts = Object.keys(unzipSync(whole)).map((name) => name.toLowerCase());
    expect([...readLocalHeaders(whole).keys()].sort()).toEqual(parts.sort());
  });

  it("keeps only the parts before the cut of a file cut short", () => {
    const cut = endOf(whole, "xl/worksheets/sheet2.xml");
    const kept = [...readLocalHeaders(whole.slice(0, cut)).keys()];
    expect(kept).toContain("xl/worksheets/sheet2.xml");
    expect(kept).not.toContain("xl/worksheets/sheet3.xml");
    expect(readLocalHeaders(whole.slice(0, cut - 1)).has("xl/worksheets/sheet2.xml")).toBe(false);
  });
});

describe("salvageWorkbook", () => {
  it("reads the sheets that survive a cut whose central directory is lost, which readWorkbook refuses", () => {
    const cut = whole.slice(0, whole.length - 300);
    expect(readWorkbook(cut, { inflate: nodeInflate })).toMatchObject({ ok: false, fault: { code: "file_corrupt" } });
    const snapshot = salvageWorkbook(cut, { inflate: nodeInflate });
    const full = readWorkbook(whole, { inflate: nodeInflate });
    if (!full.ok || !snapshot) throw new Error("not read");
    // The first sheet, with its table, reads as in the whole file.
    expect(snapshot.sheets[0]?.rows).toEqual(full.snapshot.sheets[0]?.rows);
    expect(snapshot.sheets[0]?.tables).toEqual(full.snapshot.sheets[0]?.tables);
    expect(readMeta(snapshot)?.get("template")).toBe("vakr");
  });

  it("reads a zip whose sizes follow each part's data, as streaming writers make them", () => {
    const streamed = streamingZip(whole);
    // Bit 3 of the first local header: the sizes are in a descriptor after the data.
    expect(new DataView(streamed.buffer).getUint16(6, true) & 8).toBe(8);
    const snapshot = salvageWorkbook(streamed.slice(0, streamed.length - 200), { inflate: nodeInflate });
    expect(readMeta(snapshot ?? { date1904: false, sheets: [] })?.get("template")).toBe("vakr");
  });

  it("gives nothing for a file cut before its first sheet ends, or that is no zip", () => {
    expect(salvageWorkbook(whole.slice(0, 2000))).toBeNull();
    expect(salvageWorkbook(strToU8("bin;name\n"))).toBeNull();
    expect(salvageWorkbook(new Uint8Array())).toBeNull();
  });

  it("stops at the same zip-bomb bounds as readWorkbook", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(
      4 * 2 ** 20,
    )}</sheetData></worksheet>`;
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet) }, { level: 9 });
    const limits = { ratioFreeBytes: 64 * 1024, maxCompressionRatio: 50 };
    expect(readWorkbook(bomb, { limits })).toMatchObject({ ok: false });
    const cut = bomb.slice(0, bomb.length - 22);
    expect(salvageWorkbook(cut, { limits })).toBeNull();
    // Under looser bounds the same part is read: it was the bound that stopped it.
    expect(salvageWorkbook(cut, { limits: { maxCompressionRatio: 10_000 } })?.sheets).toHaveLength(1);
  });
});
