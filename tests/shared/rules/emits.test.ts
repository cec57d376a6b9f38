import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookData } from "../../../shared/findings/workbook-data";
import { RULES } from "../../../shared/rules";
import { checkBytes, checkSnapshot } from "../../../shared/validation";
import { specSnapshot } from "../../../shared/xlsx/spec-snapshot";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { BROKEN_ENTRIES } from "../../support/broken-entries";
import { VALID_ENTRIES } from "../../support/valid-entries";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "contract-v1");

/** The data of every workbook the tests break on purpose, of the valid one, and of the version 1 fixtures. */
async function workbooks(): Promise<WorkbookData[]> {
  const entries = [VALID_ENTRIES, ...BROKEN_ENTRIES.map(([, e]) => e)];
  const built = entries.map((e) => checkSnapshot(specSnapshot(filledSpec("vakr", "ru", e))));
  const files = ["workbook-ru-3.xlsx", "workbook-ru-4.xlsx", "workbook-kk-stamped.xlsx"].map((name) =>
    checkBytes(readFileSync(join(FIXTURES, name))),
  );
  return (await Promise.all([...built, ...files])).flatMap((checked) => checked.data ?? []);
}

describe("each rule", () => {
  it.each(RULES.map((rule) => [rule.emits.join(", "), rule] as const))(
    "(%s) emits only the codes it declares, and the test workbooks show each of them",
    async (_, rule) => {
      const emitted = new Set((await workbooks()).flatMap((data) => [...rule(data)].map((f) => f.code)));
      expect([...emitted].sort()).toEqual([...rule.emits].sort());
    },
  );
});
