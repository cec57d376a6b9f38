import { conflicts, contracts, directions, type FormDef, services, staffing } from "../forms";
import type { DataRow } from "../findings/workbook-data";
import { findingAt } from "../findings/finding-at";
import { directionRows } from "./direction-row";
import { fieldOf, defineRule } from "./rule";

/**
 * What a form's rows say about a direction, against what Directions says of it: rows that `match`
 * while the direction's `column` is no. The finding stands at the Directions cell and names the first row.
 */
const CHECKS: readonly {
  code:
    | "subordination_but_no_risks"
    | "late_services_but_no_risks"
    | "risk_positions_but_no_risks"
    | "contracts_but_not_analysed";
  form: FormDef;
  match: (row: DataRow) => boolean;
  direction: string;
  column: string;
  firstField: string;
}[] = [
  {
    code: "subordination_but_no_risks",
    form: conflicts,
    match: (row) => row.values.direct_subordination === true,
    direction: "2",
    column: fieldOf(directions, "risks_found"),
    firstField: fieldOf(conflicts, "direct_subordination"),
  },
  {
    code: "late_services_but_no_risks",
    form: services,
    match: (row) => typeof row.values.late === "number" && row.values.late > 0,
    direction: "3",
    column: fieldOf(directions, "risks_found"),
    firstField: fieldOf(services, "late"),
  },
  {
    code: "risk_positions_but_no_risks",
    form: staffing,
    match: (row) => row.values.risk_position === true,
    direction: "1",
    column: fieldOf(directions, "risks_found"),
    firstField: fieldOf(staffing, "risk_position"),
  },
  {
    code: "contracts_but_not_analysed",
    form: contracts,
    match: () => true,
    direction: "7",
    column: fieldOf(directions, "analysed"),
    firstField: fieldOf(contracts, "contract_no"),
  },
];

export const directionsVsForms = defineRule(
  [
    "subordination_but_no_risks",
    "late_services_but_no_risks",
    "risk_positions_but_no_risks",
    "contracts_but_not_analysed",
  ],
  function* (workbook) {
    const dirs = directionRows(workbook);
    if (!dirs) return;
    for (const check of CHECKS) {
      const row = dirs.byCode.get(check.direction);
      const data = workbook.forms.get(check.form.id);
      if (!row || !data || row.values[check.column] !== false) continue;
      const matching = data.rows.filter(check.match);
      const first = matching[0];
      if (first)
        yield findingAt(dirs.data, row, check.column, check.code, {
          direction: check.direction,
          count: matching.length,
          otherSheet: data.sheet,
          otherCell: data.cellOf(first, check.firstField) ?? "",
        });
    }
  },
);
