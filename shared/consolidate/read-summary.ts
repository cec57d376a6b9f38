import type { FindingArgs } from "../findings/codes";
import { type Finding, finding, WHOLE_FILE } from "../findings/finding";
import type { FormDef } from "../forms";
import { DETAILS, orgs, SUMMARY_TEMPLATE } from "../forms/summary";
import { checkAgainst } from "../validation/validate";
import { type Report, withFindings } from "../validation/report";
import { partIds } from "../validation/templates";
import type { DataRow, WorkbookData } from "../findings/workbook-data";
import type { WorkbookSnapshot } from "../xlsx/snapshot";
import { detailRow, identityOf, type OrgUnit, type Value } from "./org-unit";

/**
 * A department's summary read back as its organizations, so a region consolidates summaries into
 * the same figures as the organizations' own workbooks. The rows were validated where they were
 * accepted; here every cell is parsed again, and a cell that is not a value rejects the file.
 */
export function readSummary(
  snapshot: WorkbookSnapshot,
  meta: ReadonlyMap<string, string>,
  source: { file: string },
): { report: Report; units: OrgUnit[] } {
  const checked = checkAgainst(snapshot, SUMMARY_TEMPLATE, { meta });
  const grouped = checked.data && groupByOrg(snapshot, checked.data);
  const report = withFindings(
    checked.report,
    grouped?.findings ?? [],
    snapshot.sheets.map((s) => s.name),
  );
  const units = grouped?.units;
  if (!report.ready || !units) return { report, units: [] };
  const lang = report.lang ?? "ru";
  return {
    report,
    units: [...units.entries()].map(([bin, { row, details }]) => {
      const v = row.values;
      const name = String(v.org_name ?? "");
      return {
        bin,
        identity: identityOf({ kk: lang === "kk" ? name : "", ru: lang === "ru" ? name : "" }, v),
        warnings: typeof v.warnings === "number" ? v.warnings : 0,
        sourceFile: String(v.source_file ?? source.file),
        sourceSha256: String(v.source_sha256 ?? ""),
        details,
      };
    }),
  };
}

interface Grouped {
  readonly units: Map<string, { row: DataRow; details: Record<string, Value[][]> }>;
  readonly findings: Finding[];
}

/** The `Orgs` rows by BIN, each with its rows of every detail table; a BIN twice or a row of no BIN is a finding. */
function groupByOrg(snapshot: WorkbookSnapshot, data: WorkbookData): Grouped {
  const findings: Finding[] = [];
  const units: Grouped["units"] = new Map();
  for (const row of data.forms.get(orgs.id)?.rows ?? []) {
    const bin = row.values.org_bin;
    if (typeof bin !== "string") continue;
    if (units.has(bin)) findings.push(rowFinding("summary_org_twice", orgs, row, { bin }));
    else units.set(bin, { row, details: Object.fromEntries(DETAILS.map((d) => [d.table.id, []])) });
  }
  for (const { table, source: form } of DETAILS) {
    const ids = partIds(snapshot, table.id);
    for (const id of ids.length > 0 ? ids : [table.id]) {
      for (const row of data.forms.get(id)?.rows ?? []) {
        const unit = units.get(String(row.values.org_bin ?? ""));
        if (!unit) findings.push(rowFinding("summary_row_without_org", table, row));
        else unit.details[table.id]?.push(detailRow(form, row.values));
      }
    }
  }
  return { units, findings };
}

function rowFinding<C extends "summary_org_twice" | "summary_row_without_org">(
  code: C,
  form: FormDef,
  row: DataRow,
  ...args: FindingArgs<C>
): Finding {
  return finding({ ...WHOLE_FILE, form: form.id, row: row.row, field: "org_bin" }, code, ...args);
}
