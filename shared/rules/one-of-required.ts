import { passport } from "../forms";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule } from "./rule";

/** Groups of fields of which at least one is filled: the name in Russian or in Kazakh. */
const GROUPS = [{ form: passport, keys: ["org_name_ru", "org_name_kk"] }] as const;

export const oneOfRequired = defineRule(["one_of_required"], function* (workbook) {
  for (const { form, keys } of GROUPS) {
    const data = formOf(workbook, form);
    for (const row of data?.rows ?? []) {
      const [first, second] = keys;
      if (keys.every((k) => row.values[k] === null && !row.unreadable.has(k)))
        yield findingAt(data!, row, first, "one_of_required", { otherField: second });
    }
  }
});
