import { conflicts, contracts, directions, type FormDef, type KeyOf, services, staffing } from "../forms";
import { type DataRow, formOf, type WorkbookData } from "../findings/workbook-data";
import { findingAt } from "../findings/finding-at";
import { directionRows } from "./direction-row";
import { defineRule } from "./rule";

/** How many rows of a form `match`, and the first one's cell of `firstField`; null without the form. */
function matching<F extends FormDef>(form: F, match: (row: DataRow<F>) => boolean, firstField: KeyOf<F>) {
  return (workbook: WorkbookData): { sheet: string; count: number; firstCell: string | null } | null => {
    const data = formOf(workbook, form);
    if (!data) return null;
    const rows = data.rows.filter(match);
    const first = rows[0];
    return { sheet: data.sheet, count: rows.length, firstCell: first ? data.cellOf(first, firstField) : null };
  };
}

/**
 * What a form's rows say about a direction, against what Directions says of it: rows that match while
 * the direction's `column` is no. The finding stands at the Directions cell and names the first row.
 */
const CHECKS: readonly {
  code:
    | "subordination_but_no_risks"
    | "late_services_but_no_risks"
    | "risk_positions_but_no_risks"
    | "contracts_but_not_analysed";
  rows: ReturnType<typeof matching>;
  direction: string;
  column: KeyOf<typeof directions>;
}[] = [
  {
    code: "subordination_but_no_risks",
    rows: matching(conflicts, (row) => row.values.direct_subordination === true, "direct_subordination"),
    direction: "2",
    column: "risks_found",
  },
  {
    code: "late_services_but_no_risks",
    rows: matching(services, (row) => typeof row.values.late === "number" && row.values.late > 0, "late"),
    direction: "3",
    column: "risks_found",
  },
  {
    code: "risk_positions_but_no_risks",
    rows: matching(staffing, (row) => row.values.risk_position === true, "risk_position"),
    direction: "1",
    column: "risks_found",
  },
  {
    code: "contracts_but_not_analysed",
    rows: matching(contracts, () => true, "contract_no"),
    direction: "7",
    column: "analysed",
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
      const found = row && row.values[check.column] === false ? check.rows(workbook) : null;
      if (row && found && found.count > 0)
        yield findingAt(dirs.data, row, check.column, check.code, {
          direction: check.direction,
          count: found.count,
          otherSheet: found.sheet,
          otherCell: found.firstCell ?? "",
        });
    }
  },
);
