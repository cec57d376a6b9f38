import { conflicts, type FormDef, type KeyOf, risks, staffing } from "../forms";
import type { CleanValue } from "../values";
import { findingAt } from "../findings/finding-at";
import { formOf, type WorkbookData } from "../findings/workbook-data";
import { defineRule } from "./rule";

type Code = "risk_reason_missing" | "measures_missing" | "authority_position_missing";

/** A cell that must be filled when another cell of its row holds a value. */
function condition<F extends FormDef>(code: Code, form: F, field: KeyOf<F>, when: { field: KeyOf<F>; is: CleanValue }) {
  return function* (workbook: WorkbookData) {
    const data = formOf(workbook, form);
    for (const row of data?.rows ?? []) {
      const values: Readonly<Record<string, CleanValue | null | undefined>> = row.values;
      if (values[when.field] === when.is && values[field] === null && !row.unreadable.has(field))
        yield findingAt(data!, row, field, code);
    }
  };
}

const CONDITIONS = [
  condition("risk_reason_missing", staffing, "risk_reason", { field: "risk_position", is: true }),
  condition("measures_missing", conflicts, "measures", { field: "direct_subordination", is: true }),
  condition("authority_position_missing", risks, "authority_position", { field: "form", is: "letter" }),
];

export const requiredWhen = defineRule(
  ["risk_reason_missing", "measures_missing", "authority_position_missing"],
  function* (workbook) {
    for (const check of CONDITIONS) yield* check(workbook);
  },
);
