import type { FormDef } from "../forms";
import { contracts, LISTS, risks, services } from "../forms";
import { orgFigures } from "./figures";
import type { OrgUnit, Value } from "./org-unit";

/** The channels a public service reaches people through, as `Services` columns. */
export const CHANNELS = ["via_portal", "via_is", "on_paper"] as const;

/**
 * What the summary's overview needs of one organization, taken when its rows are packed: the overview is
 * drawn before the rows are written, without unpacking every organization twice.
 */
export interface UnitDigest {
  readonly parentBin: string | null;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly occupied: number;
  readonly dismissed: number;
  readonly turnover: number | null;
  readonly risks: number;
  readonly directSubordination: number;
  readonly servicesLate: number;
  readonly contracts: number;
  /** Thousand tenge. */
  readonly contractsAmount: number;
  /** Direction codes with at least one risk, in code order. */
  readonly directions: readonly string[];
  /** Each service with its count through each of CHANNELS. */
  readonly services: readonly (readonly [string, ...number[]])[];
  /** Each procurement method with its contracts' amount, thousand tenge. */
  readonly methods: readonly (readonly [string, number])[];
}

const index = (form: FormDef, key: string) => form.columns.findIndex((c) => c.key === key);
const text = (v: Value | undefined) => (v === null || v === undefined ? null : String(v));
const num = (v: Value | undefined) => (typeof v === "number" ? v : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SERVICE_ORDER = LISTS.service.items.map((i) => i.code);
const serviceRank = (s: string) => (SERVICE_ORDER.includes(s) ? SERVICE_ORDER.indexOf(s) : SERVICE_ORDER.length);

/** Services as the summary lists them: listed services in the list's order, then free text alphabetically. */
export const byService = (a: string, b: string): number => serviceRank(a) - serviceRank(b) || byText(a, b);

/** Sums of `values(row)` by `key(row)`, keys in text order. */
function sumsBy(
  rows: readonly (readonly Value[])[],
  key: (row: readonly Value[]) => string,
  values: (row: readonly Value[]) => number[],
): [string, ...number[]][] {
  const sums = new Map<string, number[]>();
  for (const row of rows) {
    const k = key(row);
    const add = values(row);
    const total = sums.get(k) ?? add.map(() => 0);
    sums.set(
      k,
      total.map((s, i) => s + (add[i] ?? 0)),
    );
  }
  return [...sums.entries()].sort(([a], [b]) => byText(a, b)).map(([k, v]) => [k, ...v]);
}

export function digestOf(unit: OrgUnit): UnitDigest {
  const f = orgFigures(unit);
  const id = unit.identity;
  const direction = index(risks, "direction");
  const service = index(services, "service");
  const channels = CHANNELS.map((key) => index(services, key));
  const [method, amount] = [index(contracts, "method"), index(contracts, "amount")];
  const riskRows = unit.details.AllRisks ?? [];
  return {
    parentBin: text(id.parent_bin),
    periodFrom: text(id.period_from),
    periodTo: text(id.period_to),
    occupied: f.occupied ?? 0,
    dismissed: f.dismissed ?? 0,
    turnover: f.turnover,
    risks: f.risks_count ?? 0,
    directSubordination: f.direct_subordination ?? 0,
    servicesLate: f.services_late ?? 0,
    contracts: f.contracts_count ?? 0,
    contractsAmount: f.contracts_amount ?? 0,
    directions: [...new Set(riskRows.map((r) => text(r[direction])).filter((d): d is string => d !== null))].sort(
      (a, b) => Number(a) - Number(b) || byText(a, b),
    ),
    services: sumsBy(
      unit.details.AllServices ?? [],
      (r) => text(r[service]) ?? "",
      (r) => channels.map((c) => num(r[c])),
    ),
    methods: sumsBy(
      unit.details.AllContracts ?? [],
      (r) => text(r[method]) ?? "",
      (r) => [num(r[amount]) / 1000],
    ).map(([m, a]) => [m, a ?? 0] as const),
  };
}
