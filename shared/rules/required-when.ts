import { conflicts, risks, staffing } from "../forms";
import type { CleanValue } from "../values";
import { findingAt } from "../findings/finding-at";
import { fieldOf, defineRule } from "./rule";

/** A cell that must be filled when another cell of its row holds a value. */
const CONDITIONS: readonly {
  code: "risk_reason_missing" | "measures_missing" | "authority_position_missing";
  form: typeof staffing | typeof conflicts | typeof risks;
  field: string;
  when: { field: string; is: CleanValue };
}[] = [
  {
    code: "risk_reason_missing",
    form: staffing,
    field: fieldOf(staffing, "risk_reason"),
    when: { field: fieldOf(staffing, "risk_position"), is: true },
  },
  {
    code: "measures_missing",
    form: conflicts,
    field: fieldOf(conflicts, "measures"),
    when: { field: fieldOf(conflicts, "direct_subordination"), is: true },
  },
  {
    code: "authority_position_missing",
    form: risks,
    field: fieldOf(risks, "authority_position"),
    when: { field: fieldOf(risks, "form"), is: "letter" },
  },
];

export const requiredWhen = defineRule(
  ["risk_reason_missing", "measures_missing", "authority_position_missing"],
  function* (workbook) {
    for (const c of CONDITIONS) {
      const data = workbook.forms.get(c.form.id);
      for (const row of data?.rows ?? []) {
        if (row.values[c.when.field] === c.when.is && row.values[c.field] === null && !row.unreadable.has(c.field))
          yield findingAt(data!, row, c.field, c.code);
      }
    }
  },
);
