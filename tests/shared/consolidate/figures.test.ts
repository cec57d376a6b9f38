import { orgFigures, riskPositionRows } from "../../../shared/consolidate/figures";
import type { OrgUnit, Value } from "../../../shared/consolidate/org-unit";
import { contracts, risks, staffing, type FormDef } from "../../../shared/forms";

const rowOf = (form: FormDef, values: Record<string, Value>) => form.columns.map((c) => values[c.key] ?? null);

function unit(details: Record<string, Value[][]>): OrgUnit {
  return {
    bin: "040540000004",
    identity: {
      names: { kk: "", ru: "Школа" },
      org_type: "school",
      region: null,
      district: null,
      parent_bin: null,
      period_from: null,
      period_to: null,
    },
    warnings: 0,
    sourceFile: "a.xlsx",
    sourceSha256: "",
    details,
  };
}

describe("an organization's figures", () => {
  it("gives turnover as dismissed over employed, rounded to a tenth of a percent", () => {
    const figures = orgFigures(
      unit({
        AllStaffing: [
          rowOf(staffing, { position: "Учитель", units: 2.5, occupied: 2, dismissed: 1, risk_position: true }),
          rowOf(staffing, { position: "Завхоз", units: 0.75, occupied: 1, hired: 1, risk_position: false }),
        ],
      }),
    );
    expect(figures).toMatchObject({
      units: 3.25,
      occupied: 3,
      hired: 1,
      dismissed: 1,
      turnover: 0.333,
      risk_positions: 1,
    });
  });

  it("has no turnover when nobody is employed, rather than a division by zero", () => {
    expect(
      orgFigures(unit({ AllStaffing: [rowOf(staffing, { position: "Вакансия", units: 1, occupied: 0 })] })).turnover,
    ).toBeNull();
  });

  it("counts contracts, sums their amounts in thousand tenge, and counts directions with risks once each", () => {
    const figures = orgFigures(
      unit({
        AllContracts: [rowOf(contracts, { amount: 1500.5 }), rowOf(contracts, { amount: 250 })],
        AllRisks: [
          rowOf(risks, { direction: "7" }),
          rowOf(risks, { direction: "7" }),
          rowOf(risks, { direction: "1" }),
        ],
      }),
    );
    expect(figures).toMatchObject({ contracts_count: 2, contracts_amount: 1.7505, risks_count: 3, risk_directions: 2 });
  });

  it("lists the positions marked as exposed to risks, with units and reason", () => {
    const rows = riskPositionRows(
      unit({
        AllStaffing: [
          rowOf(staffing, { position: "Директор", units: 1, risk_position: true, risk_reason: "Подписывает договоры" }),
          rowOf(staffing, { position: "Учитель", units: 4, risk_position: false }),
        ],
      }),
    );
    expect(rows).toEqual([["Директор", 1, "Подписывает договоры"]]);
  });
});
