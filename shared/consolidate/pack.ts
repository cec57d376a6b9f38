import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { OrgUnit } from "./org-unit";

/** Raw deflate of a buffer: fflate's by default; the command line passes Node's, several times faster. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

// Speed over size: the bytes live only until the summary is written.
const fflateDeflate: DeflateRaw = (data) => deflateSync(data, { level: 1 });

/**
 * An organization's rows kept compressed between reading and writing: thousands of workbooks'
 * rows would not fit in memory as objects, and the bytes cross from a worker thread without a copy.
 */
export function packUnit(unit: OrgUnit, deflate: DeflateRaw = fflateDeflate): Uint8Array {
  return deflate(strToU8(JSON.stringify(unit)));
}

/** Raw inflate done elsewhere while the caller goes on: the command line passes zlib's, on Node's thread pool. */
export type InflateLater = (data: Uint8Array) => Promise<Uint8Array>;

export function unpackUnit(bytes: Uint8Array): OrgUnit {
  return unitOf(inflateSync(bytes));
}

/** The same, inflated by `inflate`: the summary's writer unpacks the next organization while it writes one. */
export async function unpackUnitLater(bytes: Uint8Array, inflate: InflateLater): Promise<OrgUnit> {
  return unitOf(await inflate(bytes));
}

const unitOf = (json: Uint8Array): OrgUnit => JSON.parse(strFromU8(json)) as OrgUnit;
