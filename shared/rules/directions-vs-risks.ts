import { risks } from "../forms";
import { findingAt } from "../findings/finding-at";
import { type DataRow, formOf } from "../findings/workbook-data";
import { directionRows } from "./direction-row";
import { defineRule } from "./rule";

/** "Risks found" says yes for a direction exactly when the Risks sheet lists a risk of it: errors either way. */
export const directionsVsRisks = defineRule(
  ["risks_found_but_none_listed", "risks_listed_but_not_found"],
  function* (workbook) {
    const dirs = directionRows(workbook);
    const risksData = formOf(workbook, risks);
    if (!dirs || !risksData) return;
    const listed = new Map<string, DataRow<typeof risks>>();
    for (const row of risksData.rows) {
      const code = row.values.direction;
      if (typeof code === "string" && !listed.has(code)) listed.set(code, row);
    }
    for (const [code, row] of dirs.byCode) {
      const found = row.values.risks_found;
      const firstRisk = listed.get(code);
      if (found === true && firstRisk === undefined)
        yield findingAt(dirs.data, row, "risks_found", "risks_found_but_none_listed", {
          direction: code,
          otherSheet: risksData.sheet,
        });
      if (found === false && firstRisk !== undefined)
        yield findingAt(dirs.data, row, "risks_found", "risks_listed_but_not_found", {
          direction: code,
          otherSheet: risksData.sheet,
          otherCell: risksData.cellOf(firstRisk, "direction") ?? "",
        });
    }
  },
);
