import { type FormDef, type KeyOf, passport, risks } from "../forms";
import type { Severity } from "../findings/finding";
import { findingAt } from "../findings/finding-at";
import { formOf, type WorkbookData } from "../findings/workbook-data";
import type { CleanValue } from "../values";
import { defineRule, passportOf } from "./rule";

type PassportKey = KeyOf<typeof passport>;

/**
 * A date of `form` that must not be earlier (`notBefore`, of the given severity) or later (`notAfter`, an
 * error) than a Passport date. The finding stands at the dependent date, the one to look at first.
 */
function order<F extends FormDef>(
  form: F,
  field: KeyOf<F>,
  bound: { notBefore: PassportKey; severity: Severity } | { notAfter: PassportKey },
) {
  return function* (workbook: WorkbookData) {
    const p = passportOf(workbook);
    const data = formOf(workbook, form);
    const passportField = "notBefore" in bound ? bound.notBefore : bound.notAfter;
    const limit = p?.row.values[passportField];
    if (typeof limit !== "string" || !data) return;
    for (const row of data.rows) {
      const date = (row.values as Readonly<Record<string, CleanValue | null | undefined>>)[field];
      if (typeof date !== "string") continue;
      const params = { otherField: passportField, otherDate: limit };
      if ("notBefore" in bound && date < limit)
        yield findingAt(data, row, field, "date_too_early", bound.severity, params);
      if ("notAfter" in bound && date > limit) yield findingAt(data, row, field, "date_too_late", params);
    }
  };
}

const ORDER = [
  order(passport, "period_to", { notBefore: "period_from", severity: "error" }),
  order(passport, "analysis_to", { notBefore: "analysis_from", severity: "error" }),
  order(passport, "order_date", { notAfter: "analysis_from" }),
  order(passport, "discussion_date", { notBefore: "analysis_from", severity: "error" }),
  order(passport, "report_date", { notBefore: "analysis_from", severity: "error" }),
  order(risks, "deadline", { notBefore: "report_date", severity: "warning" }),
];

export const dateOrder = defineRule(["date_too_early", "date_too_late"], function* (workbook) {
  for (const check of ORDER) yield* check(workbook);
});
