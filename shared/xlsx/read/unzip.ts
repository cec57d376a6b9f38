import { Inflate, inflateSync } from "fflate";
import { fail } from "./file-fault";
import type { InflateRaw, ReadLimits } from "./options";
import { entryData, partKey, readDirectory, readLocalHeaders, type ZipEntry } from "./zip";

/** Bytes of a part as they come out of the inflater. */
export type ChunkSink = (chunk: Uint8Array) => void;

// Deflate expands at most about 1,032 times: one push of this much gives at most about 16 MB.
const INPUT_CHUNK = 16 * 1024;
/** Deflate expands at most about 1,032 times: a part this small cannot pass 66 MB, so it is inflated at once. */
const ONE_SHOT = 64 * 1024;
const OUTPUT_CHUNK = 1024 * 1024;
/**
 * An injected inflater costs a setup per call (Node's zlib: some microseconds): tiny parts go through fflate.
 * Measured over the sample workbooks, zlib wins from about half a kilobyte compressed (4 KB read 40 % slower).
 */
export const SMALL_PART = 512;
/**
 * An injected inflater gives a part whole, so it is asked for at most this much; a part that inflates past it
 * streams through fflate instead. What one file costs in memory stays bounded, whatever its compressed size.
 */
export const INJECTED_WHOLE_BYTES = 32 * 2 ** 20;

/** A part read whole that inflated past the size asked for (its header lied): read it streaming instead. */
const TOO_BIG = Symbol("part too big to read whole");

/**
 * The parts of a zip, inflated one at a time and only on request, under one budget of uncompressed bytes
 * counted while inflating: a part that inflates past its share stops at once.
 */
export class Archive {
  private readonly entries: Map<string, ZipEntry>;
  private inflatedBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
    private readonly inflate?: InflateRaw,
    /** What a file cut short still holds, from its local headers (`readLocalHeaders`); else the central directory. */
    salvage = false,
  ) {
    this.entries = salvage ? readLocalHeaders(bytes) : readDirectory(bytes);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** Every part's name as the zip spells it, in its order. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The size the zip says the part inflates to: a hint, never trusted for limits. */
  declaredSize(name: string): number | undefined {
    return this.entries.get(partKey(name))?.declaredSize;
  }

  /**
   * The part whole; undefined when there is no such part, or when it inflates past `maxBytes` (a header may
   * lie about the size): the caller then streams it rather than holding it.
   */
  readWhole(name: string, maxBytes = Infinity): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    let held = 0;
    try {
      const found = this.read(
        name,
        (chunk) => {
          held += chunk.length;
          if (held > maxBytes) throw TOO_BIG;
          chunks.push(chunk);
        },
        true,
      );
      if (!found) return undefined;
    } catch (error) {
      if (error === TOO_BIG) return undefined;
      throw error;
    }
    if (chunks.length === 1) return chunks[0];
    const whole = new Uint8Array(held);
    chunks.reduce((at, c) => (whole.set(c, at), at + c.length), 0);
    return whole;
  }

  /**
   * Streams the part into `sink`; false when there is no such part. `whole`: what is inflated at once (or
   * stored) comes in one chunk, not a megabyte at a time. Chunks are never written to afterwards: a sink may keep them.
   */
  read(name: string, sink: ChunkSink, whole = false): boolean {
    const entry = this.entries.get(partKey(name));
    if (!entry) return false;
    if (entry.encrypted) fail("file_corrupt", { detail: "encrypted zip entry" });
    const data = entryData(this.bytes, entry);
    const { maxUncompressedBytes, maxCompressionRatio, ratioFreeBytes } = this.limits;
    const byTotal = maxUncompressedBytes - this.inflatedBytes;
    const byRatio = Math.max(ratioFreeBytes, data.length * maxCompressionRatio);
    const limit = Math.min(byTotal, byRatio);
    const over = () => fail("file_zip_bomb", { limit: byTotal <= byRatio ? "total" : "ratio" });
    let produced = 0;
    const count: ChunkSink = (chunk) => {
      produced += chunk.length;
      if (produced > limit) over();
      sink(chunk);
    };
    try {
      const give: ChunkSink = whole ? count : (chunk) => inChunks(chunk, count);
      if (entry.method === 0) give(data);
      else if (entry.method !== 8) fail("file_corrupt", { detail: `compression method ${entry.method}` });
      else if (this.inflate && data.length > SMALL_PART) this.injected(data, limit, over, count, give);
      else if (data.length <= ONE_SHOT) count(oneShot(data, entry.declaredSize));
      else streamInflate(data, count);
    } finally {
      // Also when the reader stopped early: it was inflated all the same.
      this.inflatedBytes += produced;
    }
    return true;
  }

  private injected(data: Uint8Array, limit: number, over: () => never, sink: ChunkSink, give: ChunkSink): void {
    if (limit < 1) over();
    let whole: Uint8Array;
    try {
      whole = (this.inflate as InflateRaw)(data, Math.min(limit, INJECTED_WHOLE_BYTES));
    } catch (error) {
      // By name: an error from another realm (Node's zlib seen from a sandbox) is no `instanceof` this one.
      if ((error as Error | undefined)?.name !== "RangeError")
        fail("file_corrupt", { detail: `inflate: ${(error as Error).message}` });
      if (limit <= INJECTED_WHOLE_BYTES) over();
      // Bigger than one piece may be: counted as it streams, so a bomb stops at its limit a megabyte at a time.
      return streamInflate(data, sink);
    }
    give(whole);
  }
}

/** A part a megabyte at a time, as a streaming reader takes it. */
export function inChunks(data: Uint8Array, sink: ChunkSink): void {
  for (let p = 0; p < data.length; p += OUTPUT_CHUNK) sink(data.subarray(p, p + OUTPUT_CHUNK));
}

/** Into a buffer of the declared size plus one: filling it means the header lied, and then without. */
function oneShot(data: Uint8Array, declaredSize: number): Uint8Array {
  try {
    if (declaredSize < data.length * 1100) {
      const out = inflateSync(data, { out: new Uint8Array(declaredSize + 1) });
      if (out.length <= declaredSize) return out;
    }
  } catch {
    // The output did not fit: inflate again below.
  }
  try {
    return inflateSync(data);
  } catch (error) {
    return fail("file_corrupt", { detail: `inflate: ${(error as Error).message}` });
  }
}

/** Small input chunks bound what one push can produce (deflate expands at most about 1,032 times). */
function streamInflate(data: Uint8Array, sink: ChunkSink): void {
  const inflater = new Inflate((chunk) => {
    if (chunk.length > 0) sink(chunk);
  });
  try {
    for (let p = 0; p < data.length || p === 0; p += INPUT_CHUNK) {
      const end = Math.min(p + INPUT_CHUNK, data.length);
      inflater.push(data.subarray(p, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof Error && "code" in error && typeof error.code === "number")
      fail("file_corrupt", { detail: `inflate: ${error.message}` });
    throw error;
  }
}
