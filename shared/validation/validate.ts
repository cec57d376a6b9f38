import { fileFinding, type Finding } from "../findings/finding";
import { SUMMARY_TEMPLATE } from "../forms/summary";
import { RULES } from "../rules";
import type { Sha256Hex } from "../stamp/sha256";
import { checkStamp } from "../stamp/stamp";
import { readWorkbook, type ReadOptions } from "../xlsx/read-workbook";
import type { WorkbookSnapshot } from "../xlsx/snapshot";
import { checkTemplate } from "./check-template";
import { locateForm } from "./locate-form";
import { readForm } from "./read-form";
import { readMeta } from "./read-meta";
import { buildReport, fileReport, type FormStats, type Report } from "./report";
import { expectedForms, type TemplateName } from "./templates";
import type { FormData, WorkbookData } from "../findings/workbook-data";

/** A validated workbook: the report, and the parsed data consolidation goes on with (null when unreadable). */
export interface Checked {
  readonly report: Report;
  /** Forms by the table they were found by. */
  readonly data: WorkbookData | null;
}

export interface CheckOptions {
  /** The file's `_meta`, when the caller has read it already (to tell which template the file is). */
  readonly meta?: Meta;
  /** The stamp's hash: Web Crypto's unless given (the command line gives Node's). */
  readonly sha256?: Sha256Hex;
}

/**
 * The one way a file made from one of our templates is checked: `_meta` (read once) against the template and
 * its contract version, then each form located and its cells read, then (an organization's workbook) the
 * contract's rules. Never throws: a fault of ours on some file is that file's
 * finding, so a run over many files goes on. The stamp is left to `checkSnapshot`: it hashes asynchronously.
 */
export function checkAgainst(snapshot: WorkbookSnapshot, template: TemplateName, options: CheckOptions = {}): Checked {
  try {
    const { report, data } = checkForms(snapshot, template, options);
    return { report, data };
  } catch (error) {
    return failed(error);
  }
}

function failed(error: unknown): Checked {
  const detail = error instanceof Error ? error.message : String(error);
  return { report: fileReport("check_failed", { detail }), data: null };
}

type Meta = ReadonlyMap<string, string> | null;

function checkForms(
  snapshot: WorkbookSnapshot,
  template: TemplateName,
  options: CheckOptions,
): Checked & { meta: Meta } {
  const meta = options.meta === undefined ? readMeta(snapshot) : options.meta;
  const checked = checkTemplate(meta, template);
  if (!meta || checked.contract === null) return { report: buildReport(checked), data: null, meta };
  const version = checked.contract;

  const findings: Finding[] = [];
  const forms = new Map<string, FormData>();
  const stats: Omit<FormStats, "errors" | "warnings">[] = [];
  // A file is read as its version made it: a version 1 table has no columns of version 2.
  for (const { form, table, ofWidth } of expectedForms(template, snapshot, version)) {
    const place = locateForm(snapshot, table === form.id ? form : { ...form, id: table });
    if (!place) {
      findings.push({ ...fileFinding("form_missing", { formName: form.id }), form: form.id });
      stats.push({ form: table, sheet: null, foundBy: null, rows: 0 });
      continue;
    }
    const read = readForm(ofWidth?.(place.right - place.left + 1) ?? form, place, snapshot.date1904);
    // A finding about the whole table stands at its first row, where the user can see it.
    if (place.byHeader)
      findings.push({
        ...fileFinding("form_table_missing"),
        form: form.id,
        sheet: place.sheet.name,
        cell: read.data.firstCell,
        row: place.headerRow + 1,
      });
    findings.push(...read.findings);
    forms.set(table, read.data);
    stats.push({
      form: table,
      sheet: place.sheet.name,
      foundBy: place.byHeader ? "header" : "table",
      rows: read.data.rows.length,
    });
  }
  // An organization's workbook without a language is read as Russian; a roster's or summary's is left unsaid.
  const data: WorkbookData = { lang: checked.lang ?? "ru", version, forms };
  if (template === "vakr") for (const rule of RULES) findings.push(...rule(data));
  const report = buildReport({
    // A summary's rows were validated where they were accepted: only what stops reading them counts.
    findings: template === SUMMARY_TEMPLATE ? findings.filter((f) => f.severity === "error") : findings,
    sheetOrder: snapshot.sheets.map((s) => s.name),
    lang: template === "vakr" ? data.lang : checked.lang,
    version: checked.version,
    forms: stats,
  });
  return { report, data, meta };
}

/**
 * Every check of the contract over an organization's workbook, the validation stamp included: what `adal
 * validate`, the task pane's Validate and consolidation show.
 */
export async function checkSnapshot(snapshot: WorkbookSnapshot, options: CheckOptions = {}): Promise<Checked> {
  try {
    const { report, data, meta } = checkForms(snapshot, "vakr", options);
    if (!meta || !data) return { report, data };
    return { report: { ...report, stamp: await checkStamp(data, meta, options.sha256) }, data };
  } catch (error) {
    return failed(error);
  }
}

export async function validateSnapshot(snapshot: WorkbookSnapshot): Promise<Report> {
  return (await checkSnapshot(snapshot)).report;
}

/** A received file, from its bytes: a file that cannot be read is a finding, never an exception. */
export async function checkBytes(bytes: Uint8Array, options: BytesOptions = {}): Promise<Checked> {
  const read = readWorkbook(bytes, options);
  if (!read.ok) return { report: fileReport(read.fault.code, read.fault.params), data: null };
  return checkSnapshot(read.snapshot, { sha256: options.sha256 });
}

export type BytesOptions = ReadOptions & Pick<CheckOptions, "sha256">;

export async function validateBytes(bytes: Uint8Array, options?: BytesOptions): Promise<Report> {
  return (await checkBytes(bytes, options)).report;
}
