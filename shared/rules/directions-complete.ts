import { LISTS } from "../forms";
import { findingAt } from "../findings/finding-at";
import { directionRows } from "./direction-row";
import { defineRule } from "./rule";

/** Each of the nine directions has its row: a deleted row is a direction nobody answered for. */
export const directionsComplete = defineRule(["direction_missing"], function* (workbook) {
  const dirs = directionRows(workbook);
  if (!dirs) return;
  for (const { code } of LISTS.direction.items)
    if (!dirs.byCode.has(code)) yield findingAt(dirs.data, null, null, "direction_missing", { direction: code });
});
