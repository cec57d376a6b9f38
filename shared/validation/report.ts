import type { FindingArgs } from "../findings/codes";
import { fileFinding, type Finding, type FindingCode } from "../findings/finding";
import type { WorkbookLang } from "../i18n/lang";
import type { StampCheck } from "../stamp/stamp";
import { parseCellRef } from "../xlsx/a1";

/** How one form fared: where it was found, its data rows, its findings. */
export interface FormStats {
  readonly form: string;
  /** The sheet as named in the file; null when the form is missing. */
  readonly sheet: string | null;
  /** `table`: by its table name; `header`: by sheet name and header row (the table was dropped). */
  readonly foundBy: "table" | "header" | null;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
}

/** The outcome of validating one workbook: what every front end (pane, CLI, consolidation) shows. */
export interface Report {
  /** No errors: the workbook can be sent. */
  readonly ready: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** The workbook's language as its template says; null when unknown. */
  readonly lang: WorkbookLang | null;
  /** The contract version the file says it follows; null when it says none. */
  readonly version: string | null;
  /** Null when the data could not be read at all. */
  readonly stamp: StampCheck | null;
  /** Sorted: the whole file first, then by sheet as they stand in the workbook, row, column. */
  readonly findings: readonly Finding[];
  readonly forms: readonly FormStats[];
}

export interface ReportParts {
  readonly findings: readonly Finding[];
  readonly sheetOrder?: readonly string[];
  readonly lang?: WorkbookLang | null;
  readonly version?: string | null;
  readonly stamp?: StampCheck | null;
  readonly forms?: readonly Omit<FormStats, "errors" | "warnings">[];
}

export function buildReport(parts: ReportParts): Report {
  const order = new Map((parts.sheetOrder ?? []).map((name, i) => [name, i]));
  const findings = [...parts.findings].sort((a, b) => compareFindings(a, b, order));
  const count = (severity: Finding["severity"], form?: string) =>
    findings.filter((f) => f.severity === severity && (form === undefined || f.form === form)).length;
  const errors = count("error");
  return {
    ready: errors === 0,
    errors,
    warnings: count("warning"),
    lang: parts.lang ?? null,
    version: parts.version ?? null,
    stamp: parts.stamp ?? null,
    findings,
    forms: (parts.forms ?? []).map((f) => ({
      ...f,
      errors: count("error", f.form),
      warnings: count("warning", f.form),
    })),
  };
}

function compareFindings(a: Finding, b: Finding, sheetOrder: ReadonlyMap<string, number>): number {
  const sheet = (f: Finding) => (f.sheet === null ? -1 : (sheetOrder.get(f.sheet) ?? sheetOrder.size));
  const position = (f: Finding) => (f.cell ? parseCellRef(f.cell) : null) ?? { row: f.row ?? 0, col: 0 };
  const pa = position(a);
  const pb = position(b);
  return (
    sheet(a) - sheet(b) ||
    (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
    pa.row - pb.row ||
    pa.col - pb.col ||
    a.code.localeCompare(b.code)
  );
}

/** The report with more findings (a caller's checks past validation's), sorted in among its own. */
export function withFindings(report: Report, more: readonly Finding[], sheetOrder: readonly string[]): Report {
  if (more.length === 0) return report;
  // Each form's counts are counted again.
  return buildReport({ ...report, findings: [...report.findings, ...more], sheetOrder });
}

/** The report on a file that could not be checked at all: its one whole-file finding. */
export function fileReport<C extends FindingCode>(code: C, ...args: FindingArgs<C>): Report {
  return buildReport({ findings: [fileFinding(code, ...args)] });
}
