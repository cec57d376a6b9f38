import { conflicts } from "../forms";
import { foldText } from "../values";
import { findingAt } from "../findings/finding-at";
import { fieldOf, defineRule } from "./rule";

const FIRST = fieldOf(conflicts, "person1_name");
const SECOND = fieldOf(conflicts, "person2_name");

// "Касымова Г.Т." and "касымова г. т." are one name: case, spaces and dots do not count.
const nameKey = (name: string) => foldText(name).replace(/[\s.]/g, "");

/** A conflict pair of one person with themself: a name copied into both columns. */
export const samePerson = defineRule(["same_person"], function* (workbook) {
  const data = workbook.forms.get(conflicts.id);
  for (const row of data?.rows ?? []) {
    const first = row.values[FIRST];
    const second = row.values[SECOND];
    if (typeof first === "string" && typeof second === "string" && nameKey(first) === nameKey(second))
      yield findingAt(data!, row, SECOND, "same_person");
  }
});
