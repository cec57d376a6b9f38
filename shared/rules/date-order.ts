import { type FormDef, passport, risks } from "../forms";
import type { Severity } from "../findings/finding";
import { findingAt } from "../findings/finding-at";
import { fieldOf, passportOf, type Rule } from "./rule";

/**
 * Dates that must not be earlier (`notBefore`) or later (`notAfter`) than a Passport date.
 * The finding stands at the dependent date, the one to look at first.
 */
const ORDER: readonly {
  form: FormDef;
  field: string;
  is: "notBefore" | "notAfter";
  passportField: string;
  severity: Severity;
}[] = (
  [
    { form: passport, field: "period_to", is: "notBefore", passportField: "period_from", severity: "error" },
    { form: passport, field: "analysis_to", is: "notBefore", passportField: "analysis_from", severity: "error" },
    { form: passport, field: "order_date", is: "notAfter", passportField: "analysis_from", severity: "error" },
    { form: passport, field: "discussion_date", is: "notBefore", passportField: "analysis_from", severity: "error" },
    { form: passport, field: "report_date", is: "notBefore", passportField: "analysis_from", severity: "error" },
    { form: risks, field: "deadline", is: "notBefore", passportField: "report_date", severity: "warning" },
  ] as const
).map((o) => ({ ...o, field: fieldOf(o.form, o.field), passportField: fieldOf(passport, o.passportField) }));

export const dateOrder: Rule = function* (workbook) {
  const p = passportOf(workbook);
  if (!p) return;
  for (const o of ORDER) {
    const bound = p.row.values[o.passportField];
    const data = workbook.forms.get(o.form.id);
    if (typeof bound !== "string" || !data) continue;
    for (const row of data.rows) {
      const date = row.values[o.field];
      if (typeof date !== "string") continue;
      const wrong = o.is === "notBefore" ? date < bound : date > bound;
      if (wrong)
        yield findingAt(data, row, o.field, o.is === "notBefore" ? "date_too_early" : "date_too_late", o.severity, {
          otherField: o.passportField,
          otherDate: bound,
        });
    }
  }
};
