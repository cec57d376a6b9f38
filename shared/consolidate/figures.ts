import type { FormDef } from "../forms";
import { conflicts, contracts, risks, services, staffing } from "../forms";
import type { OrgUnit, Value } from "./org-unit";

/** The figures `Orgs` shows for one organization, by `Orgs` column key. */
export type OrgFigures = Readonly<Record<FigureKey, number | null>>;
type FigureKey =
  | "units"
  | "occupied"
  | "hired"
  | "dismissed"
  | "turnover"
  | "risk_positions"
  | "conflict_pairs"
  | "direct_subordination"
  | "services_total"
  | "services_late"
  | "contracts_count"
  | "contracts_amount"
  | "risks_count"
  | "risk_directions";

/** A column's values over a detail table's rows. */
function column(unit: Pick<OrgUnit, "details">, table: string, form: FormDef, key: string): Value[] {
  const i = form.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`${form.id} has no column ${key}`);
  return (unit.details[table] ?? []).map((row) => row[i] ?? null);
}

const sum = (values: readonly Value[]) => values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
const countTrue = (values: readonly Value[]) => values.filter((v) => v === true).length;

/**
 * Every figure is summed from the organization's own detail rows, so `Orgs` reconciles with the
 * `All*` tables by construction, and a summary read back gives the same figures again.
 */
export function orgFigures(unit: Pick<OrgUnit, "details">): OrgFigures {
  const occupied = sum(column(unit, "AllStaffing", staffing, "occupied"));
  const dismissed = sum(column(unit, "AllStaffing", staffing, "dismissed"));
  const directions = column(unit, "AllRisks", risks, "direction").filter((v) => v !== null);
  return {
    units: sum(column(unit, "AllStaffing", staffing, "units")),
    occupied,
    hired: sum(column(unit, "AllStaffing", staffing, "hired")),
    dismissed,
    // FORMS.md: dismissed / occupied x 100, rounded to 1 decimal; kept as a share for the 0.0% format.
    turnover: occupied > 0 ? Math.round((dismissed / occupied) * 1000) / 1000 : null,
    risk_positions: countTrue(column(unit, "AllStaffing", staffing, "risk_position")),
    conflict_pairs: (unit.details.AllConflicts ?? []).length,
    direct_subordination: countTrue(column(unit, "AllConflicts", conflicts, "direct_subordination")),
    services_total: sum(column(unit, "AllServices", services, "total")),
    services_late: sum(column(unit, "AllServices", services, "late")),
    contracts_count: (unit.details.AllContracts ?? []).length,
    contracts_amount: sum(column(unit, "AllContracts", contracts, "amount")) / 1000,
    risks_count: (unit.details.AllRisks ?? []).length,
    risk_directions: new Set(directions).size,
  };
}

/** The register's rows of one organization: position, units and reason of its positions exposed to risks. */
export function riskPositionRows(unit: Pick<OrgUnit, "details">): Value[][] {
  const marked = column(unit, "AllStaffing", staffing, "risk_position");
  const of = (key: string) => column(unit, "AllStaffing", staffing, key);
  const [positions, units, reasons] = [of("position"), of("units"), of("risk_reason")];
  return marked.flatMap((v, i) => (v === true ? [[positions[i] ?? null, units[i] ?? null, reasons[i] ?? null]] : []));
}
