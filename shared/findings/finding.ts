import type { ValueProblem } from "../values/problem";
import { FINDING_CODES, type FindingArgs, type FindingCode, type Severity } from "./codes";

export type { FindingCode, Severity } from "./codes";

export type FindingParams = Readonly<Record<string, string | number>>;

/** Where a finding stands. */
export interface FindingPlace {
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
}

/**
 * One thing found in a workbook, as data: a stable code, where it is, and the parameters its message needs.
 * Messages are rendered from the code in the reader's language (describe-finding.ts).
 */
export interface Finding<C extends FindingCode = FindingCode> extends FindingPlace {
  readonly code: C;
  readonly severity: Severity;
  readonly params: FindingParams;
}

export const WHOLE_FILE: FindingPlace = { form: null, sheet: null, cell: null, row: null, field: null };

/** A finding of `code` at `place`, with the severity the catalogue declares for it (codes.ts) and its parameters. */
export function finding<C extends FindingCode>(place: FindingPlace, code: C, ...args: FindingArgs<C>): Finding<C> {
  const declared = FINDING_CODES[code].severity;
  const [severity, params] = declared === "by context" ? (args as [Severity, object?]) : [declared, args[0]];
  return { code, severity, ...place, params: (params ?? {}) as FindingParams };
}

/** A finding about the whole file (unreadable, not our template). */
export function fileFinding<C extends FindingCode>(code: C, ...args: FindingArgs<C>): Finding<C> {
  return finding(WHOLE_FILE, code, ...args);
}

/** A cell's value problem as a finding at `place`: the problem carries its own code's parameters (values/problem.ts). */
export function problemFinding(place: FindingPlace, problem: ValueProblem): Finding {
  return finding(place, problem.code, problem.params as never);
}
