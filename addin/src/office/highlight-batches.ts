import type { Severity } from "../../../shared/findings";
import type { CellMark } from "../port/workbook-port";

/** Cells of one sheet and severity, as one `getRanges` address list. */
export interface HighlightBatch {
  readonly sheet: string;
  readonly severity: Severity;
  readonly addresses: string;
}

// getRanges documents no limit, yet lists of about 8,000 characters are reported to fail: stay far below.
export const MAX_ADDRESS_LENGTH = 1000;

/** Cells grouped by sheet and severity, each group split into address lists short enough for `getRanges`. */
export function highlightBatches(cells: readonly CellMark[]): HighlightBatch[] {
  const groups = new Map<string, { sheet: string; severity: Severity; addresses: Set<string> }>();
  for (const { sheet, severity, address } of cells) {
    const key = JSON.stringify([sheet, severity]);
    const group = groups.get(key) ?? { sheet, severity, addresses: new Set<string>() };
    group.addresses.add(address.toUpperCase());
    groups.set(key, group);
  }
  const batches: HighlightBatch[] = [];
  for (const { sheet, severity, addresses } of groups.values()) {
    let list = "";
    for (const address of addresses) {
      if (list !== "" && list.length + 1 + address.length > MAX_ADDRESS_LENGTH) {
        batches.push({ sheet, severity, addresses: list });
        list = "";
      }
      list = list === "" ? address : `${list},${address}`;
    }
    if (list !== "") batches.push({ sheet, severity, addresses: list });
  }
  return batches;
}
