import { unzipSync, zipSync, type Zippable } from "fflate";

/**
 * Re-packs an .xlsx with one fixed time on every entry. The time is built from local fields,
 * as the zip format stores them, so the bytes do not depend on the machine's time zone.
 */
export function repackDeterministic(bytes: Uint8Array, date: Date): Uint8Array {
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const entries = unzipSync(bytes);
  const zippable: Zippable = {};
  for (const name of Object.keys(entries)) zippable[name] = [entries[name] as Uint8Array, { mtime, level: 6 }];
  return zipSync(zippable);
}
