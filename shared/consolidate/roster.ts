import { fileFinding } from "../findings/finding";
import { roster } from "../forms";
import { checkTemplate } from "../validation/check-template";
import { locateForm } from "../validation/locate-form";
import { readForm } from "../validation/read-form";
import { readMeta } from "../validation/read-meta";
import { buildReport, fileReport, type Report } from "../validation/report";
import { readWorkbook, type ReadOptions } from "../xlsx/read-workbook";
import type { WorkbookLang } from "../i18n/lang";
import type { Value } from "./org-unit";

/** An organization that must submit. */
export interface RosterEntry {
  readonly bin: string;
  readonly name: string;
  readonly orgType: Value;
  readonly district: Value;
}

export type RosterRead =
  /** `lang`: the roster's own language, the summary's unless the department chooses another. */
  | { readonly ok: true; readonly entries: RosterEntry[]; readonly lang: WorkbookLang | null }
  | { readonly ok: false; readonly report: Report };

/** The department's roster: every row with a valid BIN, in its order. A roster with errors is refused whole, with its findings. */
export function readRoster(bytes: Uint8Array, options: ReadOptions = {}): RosterRead {
  const read = readWorkbook(bytes, options);
  if (!read.ok) return { ok: false, report: fileReport(read.fault.code, read.fault.params) };
  const template = checkTemplate(readMeta(read.snapshot), "roster");
  const place = locateForm(read.snapshot, roster);
  const form = place ? readForm(roster, place, read.snapshot.date1904) : null;
  const report = buildReport({
    findings: [
      ...template.findings,
      // Another template's file lacks the roster's sheet by its nature: saying so too would only confuse.
      ...(place || template.findings.length > 0 ? [] : [fileFinding("form_missing", { formName: roster.id })]),
      ...(form?.findings ?? []),
    ],
    sheetOrder: read.snapshot.sheets.map((s) => s.name),
    lang: template.lang,
    version: template.version,
  });
  if (!report.ready || !form) return { ok: false, report };
  const entries = form.data.rows.flatMap((row) => {
    const { bin, org_name, org_type, district } = row.values;
    return typeof bin === "string"
      ? [{ bin, name: String(org_name ?? ""), orgType: org_type ?? null, district: district ?? null }]
      : [];
  });
  return { ok: true, entries, lang: template.lang };
}
