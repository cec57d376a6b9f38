import { passport, staffing } from "../../../shared/forms";
import { findingAt } from "../../../shared/findings/finding-at";
import { formOf } from "../../../shared/findings/workbook-data";
import { checkSnapshot } from "../../../shared/validation";
import { specSnapshot } from "../../../shared/xlsx/spec-snapshot";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { VALID_ENTRIES } from "../../support/valid-entries";

describe("a form's data as the rules read it", () => {
  it("types each row's values by the form's columns, parsed", async () => {
    const { data } = await checkSnapshot(specSnapshot(filledSpec("vakr", "ru", VALID_ENTRIES)));
    const staff = formOf(data!, staffing)!;
    const director = staff.rows[0]!;
    const units: number | null = director.values.units;
    const atRisk: boolean | null = director.values.risk_position;
    expect([director.values.position, units, atRisk]).toEqual(["Директор", 1, true]);
    expect(findingAt(staff, director, "risk_position", "required").cell).toBe("I4");
    expect(formOf(data!, passport)!.rows[0]!.values.period_from).toBe("2025-01-01");
  });

  // Checked by `tsc --noEmit`, which runs before the tests: each line below fails to compile, as it should.
  it("refuses a key the form does not have when the types are checked", async () => {
    const { data } = await checkSnapshot(specSnapshot(filledSpec("vakr", "ru", VALID_ENTRIES)));
    const staff = formOf(data!, staffing)!;
    const row = staff.rows[0]!;
    const wrong = () => [
      // @ts-expect-error a misspelt column key
      row.values.positon,
      // @ts-expect-error a Passport field is no Staffing column
      row.values.period_from,
      // @ts-expect-error a finding at a column the form does not have
      findingAt(staff, row, "late", "required"),
    ];
    expect(wrong).toBeInstanceOf(Function);
  });
});
