import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { OrgUnit } from "./org-unit";

/**
 * An organization's rows kept compressed between reading and writing: thousands of workbooks'
 * rows would not fit in memory as objects, and the bytes cross from a worker thread without a copy.
 */
export function packUnit(unit: OrgUnit): Uint8Array {
  return deflateSync(strToU8(JSON.stringify(unit)), { level: 1 });
}

export function unpackUnit(bytes: Uint8Array): OrgUnit {
  return JSON.parse(strFromU8(inflateSync(bytes))) as OrgUnit;
}
