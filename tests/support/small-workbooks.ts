import { constants, crc32, deflateRawSync } from "node:zlib";
import { strToU8, Zip, ZipDeflate } from "fflate";
import { zipFile, type ZipEntry } from "../../shared/xlsx/write/zip-writer";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The smallest workbook: one sheet, its XML given. */
export function workbookParts(sheet: string, workbook?: string): Record<string, Uint8Array> {
  return {
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      workbook ??
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  };
}

/** A sheet of `megabytes` MB of spaces (valid XML), deflated a megabyte at a time: never whole in memory. */
export function bomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(workbookParts("")).filter(([n]) => !n.includes("worksheets"))) {
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(data, true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet xmlns="${MAIN}"><sheetData>`));
  const spaces = new Uint8Array(2 ** 20).fill(0x20);
  for (let i = 0; i < megabytes; i++) sheet.push(spaces);
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/**
 * A sheet of `megabytes` MB of `unit` repeated, made in milliseconds: one megabyte is deflated once and its
 * blocks repeated (deflate blocks may follow one another), so a 10 MB file can stand for 10 GB of XML. The
 * headers give the true size (capped at 4 GB) and no CRC: the reader stops long before either matters.
 */
export function fastBomb(unit: string, megabytes: number): Uint8Array {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const block = deflateRawSync(Buffer.from(unit.repeat(Math.floor(2 ** 20 / unit.length))), sync);
  const data = [
    deflateRawSync(Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>`), sync),
    ...Array.from({ length: megabytes }, () => block),
    deflateRawSync(Buffer.from("</sheetData></worksheet>")),
  ];
  const entries: ZipEntry[] = Object.entries(workbookParts(""))
    .filter(([name]) => !name.includes("worksheets"))
    // The small parts stored as they are: only the sheet is deflated.
    .map(([name, bytes]) => ({
      name,
      method: 0,
      data: [bytes],
      crc: crc32(bytes),
      size: bytes.length,
      compressedSize: bytes.length,
    }));
  const compressedSize = data.reduce((n, d) => n + d.length, 0);
  const size = Math.min(megabytes * 2 ** 20, 0xffffffff);
  entries.push({ name: "xl/worksheets/sheet1.xml", method: 8, data, crc: 0, size, compressedSize });
  return Buffer.concat(zipFile(entries, new Date(Date.UTC(2026, 0, 1))));
}
