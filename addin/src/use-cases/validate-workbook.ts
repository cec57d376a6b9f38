import type { Finding } from "../../../shared/findings";
import { stampEntries } from "../../../shared/stamp";
import { checkSnapshot, type Report } from "../../../shared/validation";
import type { CellMark, WorkbookPort } from "../port/workbook-port";
import { suggestedFileName } from "./suggested-file-name";

export interface Validated {
  readonly report: Report;
  /** Ready workbooks only: whether the stamp went into `_meta`, and the name to send the file under. */
  readonly ready: { readonly stamped: boolean; readonly fileName: string | null } | null;
  /** Sheets where earlier highlights may stay: a rule of the user's there could not be read. */
  readonly highlightsLeftOn: readonly string[];
}

/** One mark per cell, the error where a cell has both: the port shows one colour a cell. */
export function findingMarks(findings: readonly Finding[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    if (f.sheet === null || f.cell === null) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (marks.get(key)?.severity !== "error") marks.set(key, { sheet: f.sheet, address: f.cell, severity: f.severity });
  }
  return [...marks.values()];
}

/**
 * Validates the open workbook as `adal validate` does, shows the findings' cells in it, and stamps a workbook
 * without errors, so the department sees it was checked and has not changed since.
 */
export async function validateWorkbook(port: WorkbookPort, at: Date, tool: string): Promise<Validated> {
  const { report, data } = await checkSnapshot(await port.readSnapshot());
  const { unread: highlightsLeftOn } = await port.highlight(findingMarks(report.findings));
  if (!report.ready || !report.stamp) return { report, ready: null, highlightsLeftOn };
  const written = await port.writeMeta(stampEntries(report.stamp.hash, at, tool));
  const passport = data?.forms.get("Passport")?.rows[0]?.values;
  const fileName = passport && data ? suggestedFileName(passport, data.lang) : null;
  return { report, ready: { stamped: written.ok, fileName }, highlightsLeftOn };
}
