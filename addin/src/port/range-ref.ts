import { parseCellRef } from "../../../shared/xlsx";

/** A rectangle of cells, 1-based and inclusive, as Excel's A1 ranges name them. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A3:J303`, `B7`, or with a sheet (`'Шарттар'!A3:J303`, as Office.js gives addresses); null when not a range. */
export function parseRangeRef(ref: string): Rect | null {
  const [from = "", to = from] = ref.slice(ref.lastIndexOf("!") + 1).split(":");
  const first = parseCellRef(from);
  const last = parseCellRef(to);
  return first && last ? { top: first.row, left: first.col, bottom: last.row, right: last.col } : null;
}
