import { directions } from "../forms";
import type { DataRow, FormData, WorkbookData } from "../findings/workbook-data";

/** The Directions form and its row of each direction code ("1".."9"). */
export function directionRows(workbook: WorkbookData): { data: FormData; byCode: Map<string, DataRow> } | null {
  const data = workbook.forms.get(directions.id);
  if (!data) return null;
  const byCode = new Map<string, DataRow>();
  for (const row of data.rows) {
    const code = row.values.code;
    if (typeof code === "string" && !byCode.has(code)) byCode.set(code, row);
  }
  return { data, byCode };
}
