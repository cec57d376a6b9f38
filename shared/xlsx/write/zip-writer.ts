import type { Compressor, Deflated } from "./compressor";
import { concatBytes } from "./concat-bytes";

/** One file of the archive, compressed, with what its headers say. */
export interface ZipEntry {
  readonly name: string;
  /** Stored (0) for an empty file such as a folder, else deflated (8). */
  readonly method: 0 | 8;
  readonly data: readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
}

/** Deflates one file as its bytes come, counting the sizes and CRC the headers need. */
export class EntryWriter {
  private readonly stream: ReturnType<Compressor["deflate"]>;
  private readonly data: Deflated[] = [];
  private crc = 0;
  private size = 0;

  constructor(
    private readonly name: string,
    private readonly compressor: Compressor,
    /** Told of each push the compressor deflates elsewhere, with its size, until it is deflated. */
    private readonly backlog?: Backlog,
  ) {
    this.stream = compressor.deflate();
  }

  push(bytes: Uint8Array): void {
    this.deflate(bytes, false);
  }

  /** The entry, once every push is deflated. */
  async end(bytes: Uint8Array): Promise<ZipEntry> {
    this.deflate(bytes, true);
    const { name, crc, size } = this;
    const data = (await Promise.all(this.data)).flat();
    const compressedSize = data.reduce((n, chunk) => n + chunk.length, 0);
    return size === 0
      ? { name, method: 0, data: [], crc: 0, size: 0, compressedSize: 0 }
      : { name, method: 8, data, crc, size, compressedSize };
  }

  private deflate(bytes: Uint8Array, final: boolean): void {
    this.crc = this.compressor.crc32(bytes, this.crc);
    this.size += bytes.length;
    const deflated = this.stream.push(bytes, final);
    this.data.push(this.backlog && !Array.isArray(deflated) ? this.backlog.track(deflated, bytes.length) : deflated);
  }
}

/**
 * Bytes pushed to a compressor that deflates elsewhere and not deflated yet: whoever makes them waits on
 * `drained` now and then, so that a compressor falling behind never lets the uncompressed bytes pile up.
 */
export class Backlog {
  private bytes = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  track(deflated: Promise<Uint8Array[]>, size: number): Promise<Uint8Array[]> {
    this.bytes += size;
    return deflated.finally(() => {
      this.bytes -= size;
      if (this.bytes <= this.limit) for (const resume of this.waiting.splice(0)) resume();
    });
  }

  /** Resolves once the bytes not yet deflated are within the limit. */
  async drained(): Promise<void> {
    while (this.bytes > this.limit) await new Promise<void>((resume) => this.waiting.push(resume));
  }
}

/**
 * The archive's bytes, as consecutive chunks: the entries in order, each with its sizes and CRC in its local
 * header (everything is known by now, so no data descriptors), then the central directory. Every entry carries
 * `date`'s day at midnight, read in UTC as deterministic-zip.ts does, so no time zone changes the bytes.
 */
export function zipFile(entries: readonly ZipEntry[], date: Date): Uint8Array[] {
  const day = dosDate(date);
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    // Past 4 GB a zip needs Zip64; a million rows of twelve columns are under 1 GB of XML.
    if (entry.size > 0xffffffff || offset + entry.compressedSize > 0xffffffff)
      throw new RangeError(`${entry.name}: the workbook passes 4 GB`);
    const name = new TextEncoder().encode(entry.name);
    const flags = name.length === entry.name.length ? 0 : 0x800; // bit 11: the name is UTF-8
    const common: Field[] = [
      [2, 20], // version needed: deflate
      [2, flags],
      [2, entry.method],
      [2, 0], // time: midnight
      [2, day],
      [4, entry.crc],
      [4, entry.compressedSize],
      [4, entry.size],
      [2, name.length],
      [2, 0], // extra field
    ];
    const local = record(0x04034b50, common, name);
    chunks.push(local, ...entry.data);
    // Made by version 2.0; no comment, disk 0, no attributes; where the local header is.
    directory.push(record(0x02014b50, [[2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]], name));
    offset += local.length + entry.compressedSize;
  }
  const size = directory.reduce((n, header) => n + header.length, 0);
  const count = entries.length;
  const end = record(0x06054b50, [
    [2, 0],
    [2, 0],
    [2, count],
    [2, count],
    [4, size],
    [4, offset],
    [2, 0],
  ]);
  chunks.push(concatBytes([...directory, end]));
  return chunks;
}

type Field = readonly [2 | 4, number];

function record(signature: number, fields: readonly Field[], name?: Uint8Array): Uint8Array {
  const length = 4 + fields.reduce((n, [bytes]) => n + bytes, 0);
  const out = new Uint8Array(length + (name?.length ?? 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, signature, true);
  let at = 4;
  for (const [bytes, value] of fields) {
    if (bytes === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += bytes;
  }
  if (name) out.set(name, at);
  return out;
}

/** MS-DOS date: years since 1980, month, day. */
function dosDate(date: Date): number {
  const year = date.getUTCFullYear();
  if (year < 1980 || year > 2099) throw new RangeError(`a zip cannot hold the year ${year}`);
  return ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
}
