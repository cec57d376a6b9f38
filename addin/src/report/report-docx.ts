import type { Finding } from "../../../shared/findings";
import { writeDocx } from "../../../shared/docx";
import { draftFromSnapshot, draftReport } from "../../../shared/report";
import { concatBytes } from "../../../shared/xlsx";
import type { WorkbookPort } from "../port/workbook-port";

/** A drafted document, or why the file gives none: its first error. */
export type DocxResult =
  { readonly ok: true; readonly docx: Uint8Array } | { readonly ok: false; readonly finding: Finding | null };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The report code and the `docx` library, in a chunk of their own: loaded when a document is asked for,
 * never with the pane's first paint.
 */
export async function analyticalReportDocx(port: WorkbookPort): Promise<DocxResult> {
  const draft = await draftFromSnapshot(await port.readSnapshot(), { today: today() });
  return draft.ok ? { ok: true, docx: await writeDocx(draft.spec) } : failed(draft.report.findings);
}

/** The department's report from the summary just written (its zip chunks). */
export async function departmentReportDocx(summary: readonly Uint8Array[]): Promise<DocxResult> {
  const draft = await draftReport(concatBytes(summary), { today: today() });
  return draft.ok ? { ok: true, docx: await writeDocx(draft.spec) } : failed(draft.report.findings);
}

const failed = (findings: readonly Finding[]): DocxResult => ({
  ok: false,
  finding: findings.find((f) => f.severity === "error") ?? null,
});
