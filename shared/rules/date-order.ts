import { type FormDef, passport, risks } from "../forms";
import type { Severity } from "../findings/finding";
import { findingAt } from "../findings/finding-at";
import { fieldOf, passportOf, defineRule } from "./rule";

/**
 * Dates that must not be earlier (`notBefore`) or later (`notAfter`) than a Passport date.
 * The finding stands at the dependent date, the one to look at first.
 */
const ORDER: readonly ({ form: FormDef; field: string; passportField: string } & (
  { is: "notBefore"; severity: Severity } | { is: "notAfter" }
))[] = (
  [
    { form: passport, field: "period_to", is: "notBefore", passportField: "period_from", severity: "error" },
    { form: passport, field: "analysis_to", is: "notBefore", passportField: "analysis_from", severity: "error" },
    { form: passport, field: "order_date", is: "notAfter", passportField: "analysis_from" },
    { form: passport, field: "discussion_date", is: "notBefore", passportField: "analysis_from", severity: "error" },
    { form: passport, field: "report_date", is: "notBefore", passportField: "analysis_from", severity: "error" },
    { form: risks, field: "deadline", is: "notBefore", passportField: "report_date", severity: "warning" },
  ] as const
).map((o) => ({ ...o, field: fieldOf(o.form, o.field), passportField: fieldOf(passport, o.passportField) }));

export const dateOrder = defineRule(["date_too_early", "date_too_late"], function* (workbook) {
  const p = passportOf(workbook);
  if (!p) return;
  for (const o of ORDER) {
    const bound = p.row.values[o.passportField];
    const data = workbook.forms.get(o.form.id);
    if (typeof bound !== "string" || !data) continue;
    for (const row of data.rows) {
      const date = row.values[o.field];
      if (typeof date !== "string") continue;
      const params = { otherField: o.passportField, otherDate: bound };
      if (o.is === "notBefore" && date < bound)
        yield findingAt(data, row, o.field, "date_too_early", o.severity, params);
      if (o.is === "notAfter" && date > bound) yield findingAt(data, row, o.field, "date_too_late", params);
    }
  }
});
