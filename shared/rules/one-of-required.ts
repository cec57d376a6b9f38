import { passport } from "../forms";
import { findingAt } from "../findings/finding-at";
import { fieldOf, defineRule } from "./rule";

/** Groups of fields of which at least one is filled: the name in Russian or in Kazakh. */
const GROUPS = [{ form: passport, keys: [fieldOf(passport, "org_name_ru"), fieldOf(passport, "org_name_kk")] }];

export const oneOfRequired = defineRule(["one_of_required"], function* (workbook) {
  for (const { form, keys } of GROUPS) {
    const data = workbook.forms.get(form.id);
    for (const row of data?.rows ?? []) {
      const [first = "", second = ""] = keys;
      if (keys.every((k) => row.values[k] === null && !row.unreadable.has(k)))
        yield findingAt(data!, row, first, "one_of_required", { otherField: second });
    }
  }
});
