import { directions } from "../forms";
import { type DataRow, type FormData, formOf, type WorkbookData } from "../findings/workbook-data";

/** The Directions form and its row of each direction code ("1".."9"). */
type Directions = typeof directions;

export function directionRows(
  workbook: WorkbookData,
): { data: FormData<Directions>; byCode: Map<string, DataRow<Directions>> } | null {
  const data = formOf(workbook, directions);
  if (!data) return null;
  const byCode = new Map<string, DataRow<Directions>>();
  for (const row of data.rows) {
    const code = row.values.code;
    if (typeof code === "string" && !byCode.has(code)) byCode.set(code, row);
  }
  return { data, byCode };
}
