import { conflicts } from "../forms";
import { foldText } from "../values";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule } from "./rule";

// "Касымова Г.Т." and "касымова г. т." are one name: case, spaces and dots do not count.
const nameKey = (name: string) => foldText(name).replace(/[\s.]/g, "");

/** A conflict pair of one person with themself: a name copied into both columns. */
export const samePerson = defineRule(["same_person"], function* (workbook) {
  const data = formOf(workbook, conflicts);
  for (const row of data?.rows ?? []) {
    const first = row.values.person1_name;
    const second = row.values.person2_name;
    if (typeof first === "string" && typeof second === "string" && nameKey(first) === nameKey(second))
      yield findingAt(data!, row, "person2_name", "same_person");
  }
});
