import type { Report } from "../shared/validation/report";
import { validateSnapshot } from "../shared/validation/validate";
import { specSnapshot } from "../shared/xlsx/spec-snapshot";
import { filledSpec } from "../workbook-templates/src/filled-spec";
import { sampleContracts, sampleOrg } from "../workbook-templates/src/sample";
import { measure, type Timing } from "./measure";

export interface RulesTiming {
  readonly timing: Timing;
  readonly rows: number;
  readonly report: Report;
}

/** Validation of one organization's workbook whose contracts table has `rows` rows, from a snapshot in memory. */
export async function timeRules(rows: number, runs: number): Promise<RulesTiming> {
  const org = sampleOrg(1, { lang: "ru", orgType: "school" });
  const snapshot = specSnapshot(filledSpec("vakr", "ru", { ...org.entries, Contracts: sampleContracts(1, rows) }));
  const report = await validateSnapshot(snapshot);
  const timing = await measure(`validateSnapshot, ${rows.toLocaleString("en")} contracts`, runs, () =>
    validateSnapshot(snapshot),
  );
  return { timing, rows, report };
}
