import { parseRangeRef, type Rect } from "../port/range-ref";

/** Where a range Excel gave stands: its addresses always parse, so one that does not is a fault. */
export function placeOf(address: string): Rect {
  const place = parseRangeRef(address);
  if (!place) throw new Error(`Excel gave a range address that does not parse: ${address}`);
  return place;
}
