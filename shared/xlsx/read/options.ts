/**
 * Inflates raw DEFLATE data. It must never return more than `maxOutputLength` bytes: throwing a RangeError
 * means the limit was hit, so Node's `(d, max) => zlib.inflateRawSync(d, { maxOutputLength: max })` fits as is.
 */
export type InflateRaw = (data: Uint8Array, maxOutputLength: number) => Uint8Array;

/** The same, answering asynchronously: the platform's `DecompressionStream` (see platform-inflate.ts). */
export type InflateRawAsync = (data: Uint8Array, maxOutputLength: number) => Promise<Uint8Array>;

export interface ReadLimits {
  /** The .xlsx file itself. */
  readonly maxFileBytes: number;
  /** All parts inflated, counted while inflating (zip headers may lie). */
  readonly maxUncompressedBytes: number;
  /** A part may inflate to this many times its compressed size... */
  readonly maxCompressionRatio: number;
  /** ...once it is past this size: small parts of repeated markup compress very well. */
  readonly ratioFreeBytes: number;
  /** Non-blank cells over all sheets: what the snapshot costs in memory. */
  readonly maxCells: number;
}

/**
 * A department's summary of 125,000 rows is about 100 MB of XML, 10-15 MB zipped, 2-3 million cells,
 * and compresses 8-20 times; our templates 3-9 times. The limits leave ten times that room, and stop a
 * bomb (deflate reaches 1,000 times) after at most a few hundred MB.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 128 * 2 ** 20,
  maxUncompressedBytes: 2 ** 30,
  maxCompressionRatio: 100,
  ratioFreeBytes: 2 ** 20,
  maxCells: 20_000_000,
};

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /** Defaults to fflate's streaming inflate; Node may pass zlib, several times faster. */
  readonly inflate?: InflateRaw;
}
