import type { InflateRawAsync } from "./options";

/** What is used of the platform's web streams, named here so that the domain needs no DOM types. */
interface ByteReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteStream {
  pipeThrough(transform: unknown): ByteStream;
  getReader(): ByteReader;
}
interface Platform {
  readonly DecompressionStream?: new (format: string) => unknown;
  readonly Blob?: new (parts: Uint8Array[]) => { stream(): ByteStream };
}

/**
 * The platform's own inflate, `DecompressionStream('deflate-raw')`, where it exists (browsers since 2023,
 * Node 18 on): native code, several times faster than fflate. Undefined where it does not (older browsers
 * know only gzip and deflate): fflate then inflates. It stops reading past `maxOutputLength`, with a RangeError
 * as Node's zlib does, so a bomb is never held.
 */
export function platformInflate(): InflateRawAsync | undefined {
  const { DecompressionStream, Blob } = globalThis as unknown as Platform;
  if (!DecompressionStream || !Blob) return undefined;
  try {
    new DecompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
  return async (data, maxOutputLength) => {
    const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      const chunk = next.value ?? new Uint8Array();
      size += chunk.length;
      if (size > maxOutputLength) {
        await reader.cancel();
        throw new RangeError(`inflates past ${maxOutputLength} bytes`);
      }
      chunks.push(chunk);
    }
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const whole = new Uint8Array(size);
    chunks.reduce((at, c) => (whole.set(c, at), at + c.length), 0);
    return whole;
  };
}
