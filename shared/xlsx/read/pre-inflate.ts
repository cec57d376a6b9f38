import { Inflate } from "fflate";
import type { InflateRaw, InflateRawAsync, ReadLimits } from "./options";
import { INJECTED_WHOLE_BYTES } from "./unzip";
import { entryData, readDirectory } from "./zip";

/** The parts a reader inflates: the workbook's XML and relationships, not pictures or printer settings. */
const MARKUP = /\.(?:xml|rels)$/i;

/** Each part through the platform's stream costs its promises: smaller ones are left to fflate. */
const SMALL_PART = 4 * 1024;

/**
 * An asynchronous inflater made synchronous for the reader: the markup parts past SMALL_PART are inflated first, each within what the reader would allow it, and handed
 * over when asked for. Anything else, or a part that did not inflate within its share, is inflated by fflate,
 * which throws the same RangeError past the limit: the reader's limits and faults stay its own.
 */
export async function preInflate(
  bytes: Uint8Array,
  limits: ReadLimits,
  inflate: InflateRawAsync,
): Promise<InflateRaw | undefined> {
  let entries;
  try {
    entries = readDirectory(bytes);
  } catch {
    return undefined; // not a zip: the reader says what it is
  }
  const ready = new Map<number, Uint8Array>();
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.method !== 8 || entry.encrypted || entry.compressedSize <= SMALL_PART || !MARKUP.test(entry.name))
      continue;
    try {
      const data = entryData(bytes, entry);
      const byRatio = Math.max(limits.ratioFreeBytes, data.length * limits.maxCompressionRatio);
      const out = await inflate(data, Math.min(INJECTED_WHOLE_BYTES, byRatio, limits.maxUncompressedBytes - total));
      ready.set(data.byteOffset, out);
      total += out.length;
    } catch {
      // Damaged or too big: left to the reader, which names the fault.
    }
  }
  return (data, maxOutputLength) => {
    const out = ready.get(data.byteOffset);
    return out && out.length <= maxOutputLength ? out : boundedInflate(data, maxOutputLength);
  };
}

function boundedInflate(data: Uint8Array, maxOutputLength: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Inflate((chunk) => {
    size += chunk.length;
    if (size > maxOutputLength) throw new RangeError(`inflates past ${maxOutputLength} bytes`);
    chunks.push(chunk);
  });
  stream.push(data, true);
  const whole = new Uint8Array(size);
  chunks.reduce((at, c) => (whole.set(c, at), at + c.length), 0);
  return whole;
}
