import fc from "fast-check";
import type { Examined } from "../../../shared/consolidate/examined";
import { SUMMARY_FORMS } from "../../../shared/forms/summary";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";
import { examine, summarize, tableRows } from "../../support/consolidation";

const ORGS = 6;
let organizations: Examined[] = [];

beforeAll(async () => {
  organizations = await Promise.all(
    Array.from({ length: ORGS }, async (_, i) =>
      examine({ name: `org-${i}.xlsx`, bytes: await sampleWorkbook(100 + i, { lang: i % 3 ? "ru" : "kk" }) }),
    ),
  );
});

// Intake lists the files each level was given: departments' summaries at the top, workbooks below.
const COMPARED = SUMMARY_FORMS.map((f) => f.id).filter((id) => id !== "Intake");

describe("consolidating departments' summaries", () => {
  it("gives the same figures and rows as consolidating all their organizations directly", async () => {
    const direct = await summarize(organizations);
    // The directions of version 2 travel up too: nine per organization, at every level.
    expect(tableRows(direct.snapshot, "AllDirections")).toHaveLength(ORGS * 9);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(2), { minLength: ORGS, maxLength: ORGS }),
        fc.boolean(),
        async (departmentOf, split) => {
          const departments = [0, 1, 2]
            .map((d) => organizations.filter((_, i) => departmentOf[i] === d))
            .filter((orgs) => orgs.length > 0);
          // Departments' summaries may themselves hold tables continued on further sheets.
          const summaries = await Promise.all(
            departments.map(async (orgs, d) => ({
              name: `department-${d}.xlsx`,
              bytes: (await summarize(orgs, split ? { rowsPerSheet: 90 } : {})).bytes,
            })),
          );
          const region = await summarize(summaries);
          expect(region.plan.decisions.map((d) => d.outcome)).toEqual(summaries.map(() => "accepted"));
          for (const table of COMPARED)
            expect({ table, rows: tableRows(region.snapshot, table) }).toEqual({
              table,
              rows: tableRows(direct.snapshot, table),
            });
        },
      ),
      { numRuns: 8 },
    );
  });
});
