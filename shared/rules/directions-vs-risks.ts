import { directions, risks } from "../forms";
import { findingAt } from "../findings/finding-at";
import { directionRows } from "./direction-row";
import { fieldOf, defineRule } from "./rule";

const FOUND = fieldOf(directions, "risks_found");
const DIRECTION = fieldOf(risks, "direction");

/** "Risks found" says yes for a direction exactly when the Risks sheet lists a risk of it: errors either way. */
export const directionsVsRisks = defineRule(
  ["risks_found_but_none_listed", "risks_listed_but_not_found"],
  function* (workbook) {
    const dirs = directionRows(workbook);
    const risksData = workbook.forms.get(risks.id);
    if (!dirs || !risksData) return;
    const listed = new Map<string, number>();
    for (const row of risksData.rows) {
      const code = row.values[DIRECTION];
      if (typeof code === "string" && !listed.has(code)) listed.set(code, row.row);
    }
    for (const [code, row] of dirs.byCode) {
      const found = row.values[FOUND];
      const firstRisk = listed.get(code);
      if (found === true && firstRisk === undefined)
        yield findingAt(dirs.data, row, FOUND, "risks_found_but_none_listed", {
          direction: code,
          otherSheet: risksData.sheet,
        });
      if (found === false && firstRisk !== undefined)
        yield findingAt(dirs.data, row, FOUND, "risks_listed_but_not_found", {
          direction: code,
          otherSheet: risksData.sheet,
          otherCell:
            risksData.cellOf(
              risksData.rows.find((r) => r.row === firstRisk)!,
              DIRECTION,
            ) ?? "",
        });
    }
  },
);
