import { inflateRawSync } from "node:zlib";

/** The parts any reader must inflate and scan: the workbook, styles, strings, sheets and tables. */
const NEEDED = /^xl\/(?:(?:workbook|styles|sharedStrings)\.xml|(?:worksheets|tables)\/[^/]+\.xml)$/;

export interface FloorCount {
  /** `<c` elements in the sheets: every cell the file stores, blank or not. */
  readonly cells: number;
  /** `<v>` and `<t>` elements: stored values and strings. */
  readonly values: number;
}

/**
 * The least work reading an .xlsx takes: walk the zip's central directory, inflate the needed parts
 * with Node's zlib, decode them as UTF-8 and count cells and values with a regular expression.
 */
export function floorScan(bytes: Uint8Array): FloorCount {
  let cells = 0;
  let values = 0;
  for (const [name, xml] of floorUnzip(bytes)) {
    if (name.startsWith("xl/worksheets/")) cells += count(xml, /<c[ >]/g);
    values += count(xml, /<v>|<t[ >]/g);
  }
  return { cells, values };
}

/** The unzipping part of the floor alone: the needed parts inflated with zlib and decoded, by name. */
export function floorUnzip(bytes: Uint8Array): [string, string][] {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: [string, string][] = [];
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (!NEEDED.test(name)) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    parts.push([name, (method === 8 ? inflateRawSync(data) : data).toString("utf8")]);
  }
  return parts;
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
