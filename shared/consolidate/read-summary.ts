import type { FindingArgs } from "../findings/codes";
import { type Finding, fileFinding, finding, WHOLE_FILE } from "../findings/finding";
import { type FormDef, formAt } from "../forms";
import { DETAILS, orgs, SUMMARY_TEMPLATE } from "../forms/summary";
import { checkTemplate } from "../validation/check-template";
import { locateForm } from "../validation/locate-form";
import { readForm } from "../validation/read-form";
import { buildReport, type Report } from "../validation/report";
import type { DataRow } from "../findings/workbook-data";
import type { WorkbookSnapshot } from "../xlsx/snapshot";
import { detailRow, identityOf, type OrgUnit, type Value } from "./org-unit";

/** The parts of a detail table that passed a sheet's rows: `AllContracts`, `AllContracts_2`, ... in order. */
export function partIds(snapshot: WorkbookSnapshot, id: string): string[] {
  const pattern = new RegExp(`^${id}(?:_(\\d+))?$`, "i");
  return snapshot.sheets
    .flatMap((s) => s.tables.map((t) => t.name.match(pattern)))
    .filter((m): m is RegExpMatchArray => m !== null)
    .sort((a, b) => Number(a[1] ?? 1) - Number(b[1] ?? 1))
    .map((m) => m[0]);
}

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
  const template = checkTemplate(meta, SUMMARY_TEMPLATE);
  const lang = template.lang ?? "ru";
  const findings: Finding[] = [...template.findings];
  // A summary is read as its version wrote it: a version 1 summary has no AllDirections, no procedure.
  const version = template.contract ?? 0;
  const read = (form: FormDef, id = form.id): DataRow[] => {
    const held = formAt(form, version);
    if (!held) return [];
    const place = locateForm(snapshot, { ...held, id });
    if (!place) {
      findings.push({ ...fileFinding("form_missing", { formName: form.id }), form: form.id });
      return [];
    }
    const result = readForm(held, place, snapshot.date1904);
    findings.push(...result.findings.filter((f) => f.severity === "error"));
    return [...result.data.rows];
  };

  const units = new Map<string, { row: DataRow; details: Record<string, Value[][]> }>();
  if (template.contract !== null) {
    for (const row of read(orgs)) {
      const bin = row.values.org_bin;
      if (typeof bin !== "string") continue;
      if (units.has(bin)) findings.push(rowFinding(orgs, row, "summary_org_twice", { bin }));
      else units.set(bin, { row, details: Object.fromEntries(DETAILS.map((d) => [d.table.id, []])) });
    }
    for (const { table, source: form } of DETAILS) {
      const ids = partIds(snapshot, table.id);
      for (const id of ids.length > 0 ? ids : [table.id]) {
        for (const row of read(table, id)) {
          const unit = units.get(String(row.values.org_bin ?? ""));
          if (!unit) findings.push(rowFinding(table, row, "summary_row_without_org"));
          else unit.details[table.id]?.push(detailRow(form, row.values));
        }
      }
    }
  }

  const report = buildReport({
    findings,
    sheetOrder: snapshot.sheets.map((s) => s.name),
    lang: template.lang,
    version: template.version,
  });
  if (!report.ready) return { report, units: [] };
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

function rowFinding<C extends "summary_org_twice" | "summary_row_without_org">(
  form: FormDef,
  row: DataRow,
  code: C,
  ...args: FindingArgs<C>
): Finding {
  return finding({ ...WHOLE_FILE, form: form.id, row: row.row, field: "org_bin" }, code, ...args);
}
