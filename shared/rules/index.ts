import { announcement } from "./announcement";
import { appointmentPosition } from "./appointment-position";
import { atMost } from "./at-most";
import { dateInPeriod } from "./date-in-period";
import { dateOrder } from "./date-order";
import { directionsComplete } from "./directions-complete";
import { directionsVsForms } from "./directions-vs-forms";
import { directionsVsRisks } from "./directions-vs-risks";
import { duplicates } from "./duplicates";
import { groupMembers } from "./group-members";
import { measureMissing } from "./measure-missing";
import { minRows } from "./min-rows";
import { oneOfRequired } from "./one-of-required";
import { periodLength } from "./period-length";
import { required } from "./required";
import { requiredWhen } from "./required-when";
import type { Rule } from "./rule";
import { samePerson } from "./same-person";
import { sumOf } from "./sum-of";
import { zeroAmount } from "./zero-amount";

/** Every rule of the contract (FORMS.md) past reading the cells, which read-form.ts does. */
export const RULES: readonly Rule[] = [
  required,
  oneOfRequired,
  requiredWhen,
  minRows,
  atMost,
  sumOf,
  dateOrder,
  periodLength,
  announcement,
  groupMembers,
  dateInPeriod,
  zeroAmount,
  measureMissing,
  duplicates,
  samePerson,
  appointmentPosition,
  directionsComplete,
  directionsVsRisks,
  directionsVsForms,
];

/** Rules that judge more than one row (or the whole workbook), and `required`, left to the pane's own field check. */
const BEYOND_ONE_ROW: ReadonlySet<Rule> = new Set([
  required,
  minRows,
  duplicates,
  directionsComplete,
  directionsVsRisks,
  directionsVsForms,
]);

/**
 * The rules that judge one row by itself (with the Passport's period), cross-field ones included: the task
 * pane applies them to a row before writing it. `required` is left to the pane's own field check, which
 * lets a Passport be filled gradually.
 */
export const ROW_RULES: readonly Rule[] = RULES.filter((rule) => !BEYOND_ONE_ROW.has(rule));

export type { Rule } from "./rule";
