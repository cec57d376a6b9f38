import type { MetaEntries } from "./workbook-port";

export interface MetaWritePlan {
  /** Rows of the table body (0-based) whose value changes. */
  readonly updates: readonly { readonly index: number; readonly value: string }[];
  /** Keys the table lacks, in the order given. */
  readonly appends: MetaEntries;
}

/** How `entries` change a `Meta` table whose body holds these keys: a key given twice keeps its last value. */
export function planMetaWrite(keys: readonly string[], entries: MetaEntries): MetaWritePlan {
  const updates: { index: number; value: string }[] = [];
  const appends: [string, string][] = [];
  for (const [key, value] of new Map(entries)) {
    const index = keys.indexOf(key);
    if (index >= 0) updates.push({ index, value });
    else appends.push([key, value]);
  }
  return { updates, appends };
}
