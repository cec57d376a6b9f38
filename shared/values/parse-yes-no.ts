import { yesNo } from "../forms/lists/yes-no";
import type { CellValue } from "./cell-value";
import { parseListItem } from "./parse-list-item";
import { type Parsed, fail, ok } from "./problem";

/** Да/Нет, Иә/Жоқ, Yes/No, 1/0, TRUE/FALSE in any case, and Excel's own booleans. */
export function parseYesNo(raw: CellValue): Parsed<boolean> {
  if (typeof raw === "boolean") return ok(raw);
  if (typeof raw === "number") return raw === 1 || raw === 0 ? ok(raw === 1) : fail("not_yes_no", { value: raw });
  const item = parseListItem(raw, yesNo);
  if (!item.ok) return item.problem.code === "error_value" ? item : fail("not_yes_no", item.problem.params);
  return ok(item.value === "yes");
}
