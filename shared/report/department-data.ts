import type { OrgUnit } from "../consolidate/org-unit";
import { readSummary } from "../consolidate/read-summary";
import { type FormDef, formAt } from "../forms";
import { intake, missing, orgs, riskList, SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import type { Report } from "../validation";
import { checkTemplate } from "../validation/check-template";
import { locateForm } from "../validation/locate-form";
import { readForm } from "../validation/read-form";
import { partIds } from "../validation/templates";
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
  /** The summary holds each organization's procedure (contract version 2 on). */
  readonly hasProcedure: boolean;
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
  const version = checkTemplate(meta, SUMMARY_TEMPLATE).contract ?? 1;
  const table = (form: FormDef) => tableRows(snapshot, form, version);
  return {
    report,
    data: {
      lang: report.lang === "kk" ? "kk" : "ru",
      units,
      orgs: table(orgs),
      intake: table(intake),
      missing: table(missing),
      riskList: table(riskList),
      hasProcedure: version >= 2,
    },
  };
}

/** A summary table's rows as the summary's version holds it, its continuation sheets joined. */
function tableRows(snapshot: WorkbookSnapshot, form: FormDef, version: number): RowRecord[] {
  const held = formAt(form, version);
  if (!held) return [];
  const ids = partIds(snapshot, form.id);
  return (ids.length > 0 ? ids : [form.id]).flatMap((id) => {
    const place = locateForm(snapshot, { ...held, id });
    return place ? readForm(held, place, snapshot.date1904).data.rows.map((r) => r.values) : [];
  });
}
