import { fail } from "./file-fault";

/** One file of a zip, from its central directory; sizes there are only used to find the bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared: a hint for the output buffer, never a limit. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

/** The central directory, by part name in lower case (part names are case-insensitive). */
export function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) [count, offset] = zip64Directory(view, eocd);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let i = 0, p = offset; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) fail("file_corrupt", { detail: "directory" });
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const entry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff)
      Object.assign(entry, zip64Sizes(view, p, nameLength, extraLength));
    entries.set(partKey(entry.name), entry);
    p += 46 + nameLength + extraLength + view.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * The entries a damaged zip still holds, from its local headers in file order: a file cut short has no
 * central directory, but every part before the cut is whole. Stops at the first entry that is not.
 */
export function readLocalHeaders(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let p = 0; p + 30 <= view.byteLength && view.getUint32(p, true) === LOCAL;) {
    const flags = view.getUint16(p + 6, true);
    const nameLength = view.getUint16(p + 26, true);
    const start = p + 30 + nameLength + view.getUint16(p + 28, true);
    // Sizes after the data (bit 3): the data ends where the next entry's header begins.
    const next = flags & 8 ? nextLocalHeader(view, start) : start + view.getUint32(p + 18, true);
    if (next < 0 || next > view.byteLength || start > view.byteLength) break;
    const compressedSize = flags & 8 ? descriptorSize(view, start, next) : next - start;
    const name = names.decode(bytes.subarray(p + 30, p + 30 + nameLength));
    entries.set(partKey(name), {
      name,
      method: view.getUint16(p + 8, true),
      encrypted: (flags & 1) === 1,
      compressedSize,
      declaredSize: flags & 8 ? 0 : view.getUint32(p + 22, true),
      localHeaderOffset: p,
    });
    p = next;
  }
  return entries;
}

function nextLocalHeader(view: DataView, from: number): number {
  for (let p = from; p + 4 <= view.byteLength; p++) if (view.getUint32(p, true) === LOCAL) return p;
  return -1;
}

/** The data descriptor before the next header: 16 bytes with its signature, 12 without. */
function descriptorSize(view: DataView, start: number, next: number): number {
  const signed = next - 16 >= start && view.getUint32(next - 16, true) === DESCRIPTOR;
  return Math.max(0, next - start - (signed ? 16 : 12));
}

/** Where the entry's compressed bytes are, checked against the file's end. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > view.byteLength || view.getUint32(p, true) !== LOCAL) fail("file_corrupt", { detail: "local header" });
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) fail("file_corrupt", { detail: "truncated" });
  return bytes.subarray(start, start + entry.compressedSize);
}

/** `/XL\Workbook.xml` and `xl/workbook.xml` name the same part. */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) if (view.getUint32(p, true) === EOCD) return p;
  return fail("file_corrupt", { detail: "no end of central directory" });
}

function zip64Directory(view: DataView, eocd: number): [number, number] {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) fail("file_corrupt", { detail: "zip64" });
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD)
    fail("file_corrupt", { detail: "zip64" });
  return [Number(view.getBigUint64(record + 32, true)), Number(view.getBigUint64(record + 48, true))];
}

/** The zip64 extra field holds, in order, the 64-bit values of the fields that are 0xFFFFFFFF. */
function zip64Sizes(view: DataView, p: number, nameLength: number, extraLength: number) {
  const sizes = { compressedSize: view.getUint32(p + 20, true), localHeaderOffset: view.getUint32(p + 42, true) };
  for (let e = p + 46 + nameLength, end = e + extraLength; e + 4 <= end; e += 4 + view.getUint16(e + 2, true)) {
    if (view.getUint16(e, true) !== 1) continue;
    let q = e + 4;
    if (view.getUint32(p + 24, true) === 0xffffffff) q += 8;
    if (sizes.compressedSize === 0xffffffff) {
      sizes.compressedSize = Number(view.getBigUint64(q, true));
      q += 8;
    }
    if (sizes.localHeaderOffset === 0xffffffff) sizes.localHeaderOffset = Number(view.getBigUint64(q, true));
  }
  return sizes;
}
