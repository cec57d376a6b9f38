import { columnOf, staffing } from "../../../shared/forms";
import { parseCell } from "../../../shared/values";
import type { TableRows } from "./table-rows";

export interface StaffingTotals {
  readonly units: number;
  readonly occupied: number;
  readonly hired: number;
  readonly dismissed: number;
  /** Dismissed / occupied × 100, to 1 decimal (FORMS.md); null with nobody employed. */
  readonly turnover: number | null;
}

/** The staffing table's totals and turnover, as the consolidation derives them. */
export function staffingTotals(table: TableRows): StaffingTotals {
  const sum = (key: "units" | "occupied" | "hired" | "dismissed") => {
    const column = columnOf(staffing, key);
    const total = table.rows.reduce((s, row) => {
      const parsed = parseCell(column, row.texts[key] ?? "");
      return s + (parsed.ok && typeof parsed.value === "number" ? parsed.value : 0);
    }, 0);
    // Units are decimals: summed in binary floating point, shown to their two places.
    return Math.round(total * 100) / 100;
  };
  const occupied = sum("occupied");
  const dismissed = sum("dismissed");
  return {
    units: sum("units"),
    occupied,
    hired: sum("hired"),
    dismissed,
    turnover: occupied > 0 ? Math.round((dismissed / occupied) * 1000) / 10 : null,
  };
}
