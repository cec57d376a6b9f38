import type { Finding } from "../../../../shared/findings";

export interface SheetFindings {
  /** Null: the whole workbook. */
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
}

/** Findings by sheet, in the report's order (the whole file first, then sheets as they stand). */
export function groupBySheet(findings: readonly Finding[]): SheetFindings[] {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}
