import fc from "fast-check";
import { describeFinding } from "../../../shared/findings/describe-finding";
import { LANGS } from "../../../shared/i18n/lang";
import type { CellValue } from "../../../shared/values";
import { validateSnapshot } from "../../../shared/validation";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { specSnapshot } from "../../../shared/xlsx/spec-snapshot";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { VALID_ENTRIES } from "../../support/valid-entries";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom("Да", "жоқ", "#N/A", "1.5", "12.13.2025", "040540000004", "Итого", " ", "=1+1"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e12 }),
  fc.boolean(),
  fc.record({ error: fc.constantFrom("#REF!", "#DIV/0!") }),
  fc.record({ serial: fc.double({ min: -10, max: 3e6 }) }),
);

/** Random values written over random cells of a valid workbook's form sheets. */
const scribbles = fc.array(
  fc.record({
    sheet: fc.nat(6),
    row: fc.integer({ min: 1, max: 40 }),
    col: fc.integer({ min: 1, max: 12 }),
    value: cellValue,
  }),
  { maxLength: 40 },
);

function scribbled(edits: { sheet: number; row: number; col: number; value: CellValue }[]): WorkbookSnapshot {
  const snapshot = structuredClone(specSnapshot(filledSpec("vakr", "kk", VALID_ENTRIES))) as unknown as {
    sheets: { rows: CellValue[][] }[];
  };
  for (const e of edits) {
    const rows = snapshot.sheets[e.sheet]!.rows;
    (rows[e.row - 1] ??= [])[e.col - 1] = e.value;
  }
  return snapshot as unknown as WorkbookSnapshot;
}

describe("validation of whatever users type", () => {
  it("never fails inside, and every finding has a place and a message in every language", async () => {
    await fc.assert(
      fc.asyncProperty(scribbles, async (edits) => {
        const report = await validateSnapshot(scribbled(edits));
        // A rule that throws is caught and reported as check_failed: that is a crash all the same.
        expect(report.findings.filter((f) => f.code === "check_failed")).toEqual([]);
        for (const f of report.findings) {
          expect(f.sheet === null || f.cell === null || /^[A-Z]+\d+$/.test(f.cell)).toBe(true);
          for (const lang of LANGS) expect(describeFinding(f, lang)).not.toMatch(/^[a-z_]+$|\{\w+\}/);
        }
        expect(report.ready).toBe(report.findings.every((f) => f.severity === "warning"));
      }),
      { numRuns: 150 },
    );
  });
});
