/** An error blocks sending (the workbook is not ready); a warning travels with the workbook. */
export type Severity = "error" | "warning";

export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * One thing found in a workbook, as data: a stable code, where it is, and the parameters its message needs.
 * Messages are rendered from the code in the reader's language (describe-finding.ts).
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  /** The form's table name (`Staffing`); null for the whole file. */
  readonly form: string | null;
  /** The sheet as named in the file; null for the whole file. */
  readonly sheet: string | null;
  /** A1 address; null for the whole sheet or file. */
  readonly cell: string | null;
  /** The sheet row (1-based); null with no cell. */
  readonly row: number | null;
  /** The column or field key (`dismissed_negative`). */
  readonly field: string | null;
  readonly params: FindingParams;
}

/** A finding about the whole file (unreadable, not our template). */
export function fileFinding(code: string, params: FindingParams = {}): Finding {
  return { code, severity: "error", form: null, sheet: null, cell: null, row: null, field: null, params };
}
