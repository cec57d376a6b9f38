import type { OrgUnit } from "../consolidate/org-unit";
import { partIds, readSummary } from "../consolidate/read-summary";
import type { FormDef } from "../forms";
import { intake, missing, orgs, riskList } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import type { Report } from "../validation";
import { locateForm } from "../validation/locate-form";
import { readForm } from "../validation/read-form";
import type { WorkbookSnapshot } from "../xlsx/snapshot";
import type { RowRecord } from "./cells";

/** What a department's report is drafted from: its summary's organizations and tables. */
export interface DepartmentData {
  readonly lang: WorkbookLang;
  readonly units: readonly OrgUnit[];
  readonly orgs: readonly RowRecord[];
  readonly intake: readonly RowRecord[];
  readonly missing: readonly RowRecord[];
  readonly riskList: readonly RowRecord[];
}

/**
 * A summary read as consolidation reads it (`readSummary`, the same reader and parsers), with the tables
 * only the department's report needs: who was accepted, rejected and missing, and the merged risk list.
 */
export function readDepartment(
  snapshot: WorkbookSnapshot,
  meta: ReadonlyMap<string, string>,
): { report: Report; data: DepartmentData | null } {
  const { report, units } = readSummary(snapshot, meta, { file: "" });
  if (!report.ready) return { report, data: null };
  return {
    report,
    data: {
      lang: report.lang === "kk" ? "kk" : "ru",
      units,
      orgs: table(snapshot, orgs),
      intake: table(snapshot, intake),
      missing: table(snapshot, missing),
      riskList: table(snapshot, riskList),
    },
  };
}

/** A summary table's rows, its continuation sheets joined. */
function table(snapshot: WorkbookSnapshot, form: FormDef): RowRecord[] {
  const ids = partIds(snapshot, form.id);
  return (ids.length > 0 ? ids : [form.id]).flatMap((id) => {
    const place = locateForm(snapshot, { ...form, id });
    return place ? readForm(form, place, snapshot.date1904).data.rows.map((r) => r.values) : [];
  });
}
