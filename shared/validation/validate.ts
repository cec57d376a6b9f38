import { formAt, VAKR_FORMS } from "../forms";
import { fileFinding, type Finding } from "../findings/finding";
import { RULES } from "../rules";
import { checkStamp } from "../stamp/stamp";
import { readWorkbook, type ReadOptions } from "../xlsx/read-workbook";
import type { WorkbookSnapshot } from "../xlsx/snapshot";
import { checkTemplate } from "./check-template";
import { locateForm } from "./locate-form";
import { readForm } from "./read-form";
import { readMeta } from "./read-meta";
import { buildReport, fileReport, type FormStats, type Report } from "./report";
import type { FormData, WorkbookData } from "../findings/workbook-data";

/** A validated workbook: the report, and the parsed data consolidation goes on with (null when unreadable). */
export interface Checked {
  readonly report: Report;
  readonly data: WorkbookData | null;
}

/**
 * Every check of the contract over a workbook's snapshot: the template first, then cells, then rules.
 * A fault of ours on some file is that file's finding, so a run over many files goes on.
 */
export async function checkSnapshot(snapshot: WorkbookSnapshot): Promise<Checked> {
  try {
    return await checkContract(snapshot);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { report: fileReport("check_failed", { detail }), data: null };
  }
}

async function checkContract(snapshot: WorkbookSnapshot): Promise<Checked> {
  const meta = readMeta(snapshot);
  const template = checkTemplate(meta, "vakr");
  if (!meta || template.contract === null) return { report: buildReport(template), data: null };
  const version = template.contract;

  const findings: Finding[] = [];
  const forms = new Map<string, FormData>();
  const stats: Omit<FormStats, "errors" | "warnings">[] = [];
  // A workbook is read as its version made it: a version 1 table has no columns of version 2.
  for (const form of VAKR_FORMS.flatMap((f) => formAt(f, version) ?? [])) {
    const place = locateForm(snapshot, form);
    if (!place) {
      findings.push({ ...fileFinding("form_missing", { formName: form.id }), form: form.id });
      stats.push({ form: form.id, sheet: null, foundBy: null, rows: 0 });
      continue;
    }
    const read = readForm(form, place, snapshot.date1904);
    if (place.byHeader) findings.push({ ...fileFinding("form_table_missing"), form: form.id, sheet: place.sheet.name });
    findings.push(...read.findings);
    forms.set(form.id, read.data);
    stats.push({
      form: form.id,
      sheet: place.sheet.name,
      foundBy: place.byHeader ? "header" : "table",
      rows: read.data.rows.length,
    });
  }
  const lang = template.lang ?? "ru";
  const data: WorkbookData = { lang, version, forms };
  for (const rule of RULES) findings.push(...rule(data));
  const report = buildReport({
    findings,
    sheetOrder: snapshot.sheets.map((s) => s.name),
    lang,
    version: template.version,
    stamp: await checkStamp(data, meta),
    forms: stats,
  });
  return { report, data };
}

export async function validateSnapshot(snapshot: WorkbookSnapshot): Promise<Report> {
  return (await checkSnapshot(snapshot)).report;
}

/** A received file, from its bytes: a file that cannot be read is a finding, never an exception. */
export async function checkBytes(bytes: Uint8Array, options?: ReadOptions): Promise<Checked> {
  const read = readWorkbook(bytes, options);
  if (!read.ok) return { report: fileReport(read.fault.code, read.fault.params), data: null };
  return checkSnapshot(read.snapshot);
}

export async function validateBytes(bytes: Uint8Array, options?: ReadOptions): Promise<Report> {
  return (await checkBytes(bytes, options)).report;
}
