import { roster } from "../forms";
import { fileReport, type Report } from "../validation/report";
import { checkAgainst } from "../validation/validate";
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
  const { report, data } = checkAgainst(read.snapshot, "roster");
  const form = data?.forms.get(roster.id);
  if (!report.ready || !form) return { ok: false, report };
  const entries = form.rows.flatMap((row) => {
    const { bin, org_name, org_type, district } = row.values;
    return typeof bin === "string"
      ? [{ bin, name: String(org_name ?? ""), orgType: org_type ?? null, district: district ?? null }]
      : [];
  });
  return { ok: true, entries, lang: report.lang };
}
