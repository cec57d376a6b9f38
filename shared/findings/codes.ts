import type { ValueProblemCode, ValueProblemParams } from "../values/problem";
import type { FileFaultCode, FileFaultParams } from "../xlsx/read/file-fault";

/** An error blocks sending (the workbook is not ready); a warning travels with the workbook. */
export type Severity = "error" | "warning";

/** The few codes whose weight depends on where they stand (a duplicate staffing row warns, a duplicate contract blocks). */
type DeclaredSeverity = Severity | "by context";

/**
 * Who emits a code other than the rules, which declare their own (`defineRule`): the file reader, the cell
 * parsers, the template check, the reading of forms, the summary read back, a fault around the check.
 */
export type Emitter = "file" | "cell" | "template" | "form" | "summary" | "run";

/** A code's declaration: its severity, who emits it when no rule does, and (as a type) its message's parameters. */
export interface Declared<P extends object = object, S extends DeclaredSeverity = DeclaredSeverity> {
  readonly severity: S;
  readonly emitter?: Emitter;
  /** Never set: carries the parameters' type. */
  readonly params?: P;
}

type NoParams = Record<never, never>;
const error = <P extends object = NoParams>(emitter?: Emitter): Declared<P, "error"> =>
  emitter ? { severity: "error", emitter } : { severity: "error" };
const warning = <P extends object = NoParams>(emitter?: Emitter): Declared<P, "warning"> =>
  emitter ? { severity: "warning", emitter } : { severity: "warning" };
const byContext = <P extends object = NoParams>(): Declared<P, "by context"> => ({ severity: "by context" });

// Parameters named `…Field` are column keys, `…Date` ISO dates, `formName` a table name: the message shows them
// as the user reads them (describe-finding.ts).
type Fault<C extends FileFaultCode> = FileFaultParams[C];
type Cell<C extends ValueProblemCode> = ValueProblemParams[C];
type Other = { otherField: string };
type ElsewhereParams = { direction: string; count: number; otherSheet: string; otherCell: string };

const FILE_CODES = {
  file_empty: error<Fault<"file_empty">>("file"),
  file_not_zip: error<Fault<"file_not_zip">>("file"),
  file_ole: error<Fault<"file_ole">>("file"),
  file_corrupt: error<Fault<"file_corrupt">>("file"),
  file_not_workbook: error<Fault<"file_not_workbook">>("file"),
  file_too_large: error<Fault<"file_too_large">>("file"),
  file_zip_bomb: error<Fault<"file_zip_bomb">>("file"),
  file_too_many_cells: error<Fault<"file_too_many_cells">>("file"),
  file_xml_dtd: error<Fault<"file_xml_dtd">>("file"),
  file_xml_malformed: error<Fault<"file_xml_malformed">>("file"),
} as const satisfies Record<FileFaultCode, Declared>;

// Contacts help, they do not block; a BIN padded back to 12 digits is read, and said.
const CELL_CODES = {
  error_value: error<Cell<"error_value">>("cell"),
  not_a_number: error<Cell<"not_a_number">>("cell"),
  not_an_integer: error<Cell<"not_an_integer">>("cell"),
  too_many_decimals: error<Cell<"too_many_decimals">>("cell"),
  below_min: error<Cell<"below_min">>("cell"),
  not_a_date: error<Cell<"not_a_date">>("cell"),
  no_such_date: error<Cell<"no_such_date">>("cell"),
  date_out_of_range: error<Cell<"date_out_of_range">>("cell"),
  not_yes_no: error<Cell<"not_yes_no">>("cell"),
  not_in_list: error<Cell<"not_in_list">>("cell"),
  id_not_12_digits: error<Cell<"id_not_12_digits">>("cell"),
  id_bad_checksum: error<Cell<"id_bad_checksum">>("cell"),
  id_no_checksum: error<Cell<"id_no_checksum">>("cell"),
  id_bad_structure: error<Cell<"id_bad_structure">>("cell"),
  id_not_bin: error<Cell<"id_not_bin">>("cell"),
  id_padded: warning<Cell<"id_padded">>("cell"),
  not_an_email: warning<Cell<"not_an_email">>("cell"),
  not_a_phone: warning<Cell<"not_a_phone">>("cell"),
  not_a_url: error<Cell<"not_a_url">>("cell"),
} as const satisfies Record<ValueProblemCode, Declared>;

/**
 * Every finding code, with its severity and its message's parameters. Messages are `finding.<code>`,
 * `value.<code>` or `file.<code>` in the i18n catalogue.
 */
export const FINDING_CODES = {
  ...FILE_CODES,
  template_missing: error("template"),
  template_unexpected: error<{ template: string }>("template"),
  template_not_roster: error<{ template: string }>("template"),
  template_unknown_version: error<{ version: string; supported: string }>("template"),
  form_missing: error<{ formName: string }>("form"),
  form_table_missing: warning("form"),
  columns_changed: error<{ expected: number; found: number }>("form"),
  column_moved: error<{ expectedField: string }>("form"),
  ...CELL_CODES,
  required: error(),
  one_of_required: error<Other>(),
  risk_reason_missing: error(),
  measures_missing: error(),
  authority_position_missing: warning(),
  form_empty: error(),
  exceeds_column: error<Other & { limit: number }>(),
  total_mismatch: error<{ expected: number }>(),
  // An error within the Passport; a risk's deadline before the report only warns.
  date_too_early: byContext<Other & { otherDate: string }>(),
  date_too_late: error<Other & { otherDate: string }>(),
  period_too_long: warning<{ months: number }>(),
  announcement_late: warning<{ days: number; required: number }>(),
  no_group_members: warning(),
  measure_missing_in_plan: warning(),
  outside_period: warning<{ fromDate: string; toDate: string }>(),
  amount_zero: warning(),
  // Staffing and Conflicts warn (a position or a pair may truly repeat); Services and Contracts block.
  duplicate_row: byContext<{ firstRow: number }>(),
  same_person: error(),
  position_reads_like_appointment: warning(),
  direction_missing: error<{ direction: string }>(),
  risks_found_but_none_listed: error<{ direction: string; otherSheet: string }>(),
  risks_listed_but_not_found: error<{ direction: string; otherSheet: string; otherCell: string }>(),
  subordination_but_no_risks: warning<ElsewhereParams>(),
  late_services_but_no_risks: warning<ElsewhereParams>(),
  risk_positions_but_no_risks: warning<ElsewhereParams>(),
  contracts_but_not_analysed: error<ElsewhereParams>(),
  summary_org_twice: error<{ bin: string }>("summary"),
  summary_row_without_org: error("summary"),
  cannot_open: error<{ detail: string }>("run"),
  check_failed: error<{ detail: string }>("run"),
} as const satisfies Record<string, Declared>;

export type FindingCode = keyof typeof FINDING_CODES;

type ParamsOf<C extends FindingCode> = (typeof FINDING_CODES)[C] extends Declared<infer P> ? P : never;
type ParamsArg<P> = NoParams extends P ? [params?: P] : [params: P];

/** What a finding of `code` takes after it: its severity first when the code's depends on context, then its parameters. */
export type FindingArgs<C extends FindingCode> = C extends FindingCode
  ? (typeof FINDING_CODES)[C]["severity"] extends "by context"
    ? [severity: Severity, ...ParamsArg<ParamsOf<C>>]
    : ParamsArg<ParamsOf<C>>
  : never;
