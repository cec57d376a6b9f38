import { SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import { checkSnapshot, type Report } from "../validation";
import { readMeta } from "../validation/read-meta";
import { fileReport } from "../validation/report";
import { readWorkbook, type ReadOptions } from "../xlsx/read-workbook";
import type { WorkbookSnapshot } from "../xlsx/snapshot";
import type { DocumentSpec } from "../docx/document-spec";
import { readDepartment } from "./department-data";
import { departmentReportSpec } from "./department-report";
import { orgReportSpec } from "./org-report";

export interface DraftOptions extends ReadOptions {
  /** The document's language; the workbook's own when absent. */
  readonly lang?: WorkbookLang;
  /** A department's report: the department or region it speaks of; the name its summary keeps when absent. */
  readonly title?: string;
  /** Today, ISO: the date of the check printed under a workbook that carries no valid stamp. */
  readonly today: string;
}

export type Draft =
  | {
      readonly ok: true;
      readonly kind:
        "organization" | "department"; /** The workbook's errors: the document is a draft when there are any. */
      readonly errors: number;
      readonly spec: DocumentSpec;
    }
  | { readonly ok: false; readonly report: Report };

/**
 * The document a file gives: an organization's workbook its analytical report (a draft when it has errors),
 * a department's summary the department's report. A file that is neither, or cannot be read, gives none:
 * its report says why. Read and checked by the one reader and validation every command uses.
 */
export async function draftReport(bytes: Uint8Array, options: DraftOptions): Promise<Draft> {
  const read = readWorkbook(bytes, options);
  if (!read.ok) return { ok: false, report: fileReport(read.fault.code, read.fault.params) };
  return draftFromSnapshot(read.snapshot, options);
}

/** The same from a workbook's snapshot (what the task pane reads through Office.js). */
export async function draftFromSnapshot(snapshot: WorkbookSnapshot, options: DraftOptions): Promise<Draft> {
  const meta = readMeta(snapshot);
  if (meta?.get("template") === SUMMARY_TEMPLATE) {
    const { report, data } = readDepartment(snapshot, meta);
    if (!data) return { ok: false, report };
    const named = options.title || meta.get("department");
    const spec = departmentReportSpec({ ...data, lang: options.lang ?? data.lang }, named);
    return { ok: true, kind: "department", errors: 0, spec };
  }
  const { report, data } = await checkSnapshot(snapshot);
  if (!data) return { ok: false, report };
  const spec = orgReportSpec({ data, report, lang: options.lang ?? data.lang, today: options.today });
  return { ok: true, kind: "organization", errors: report.errors, spec };
}
