import { zipSync, type Unzipped, type Zippable } from "fflate";

/**
 * An .xlsx's parts zipped with one fixed time on every entry. The time is built from local fields,
 * as the zip format stores them, so the bytes do not depend on the machine's time zone.
 */
export function zipDeterministic(parts: Unzipped, date: Date): Uint8Array {
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const zippable: Zippable = {};
  for (const name of Object.keys(parts)) zippable[name] = [parts[name] as Uint8Array, { mtime, level: 6 }];
  return zipSync(zippable);
}
