import { readSummary } from "../../../shared/consolidate/read-summary";
import { readMeta } from "../../../shared/validation/read-meta";
import type { CellValue } from "../../../shared/values";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";
import { summarize } from "../../support/consolidation";

let summary: WorkbookSnapshot;

beforeAll(async () => {
  const files = await Promise.all(
    [1, 2].map(async (seed) => ({ name: `${seed}.xlsx`, bytes: await sampleWorkbook(seed) })),
  );
  summary = (await summarize(files)).snapshot;
});

const withSheet = (name: string, change: (rows: (CellValue[] | undefined)[]) => void) => {
  const copy = structuredClone(summary);
  const sheet = copy.sheets.find((s) => s.tables.some((t) => t.name === name));
  if (!sheet) throw new Error(name);
  change(sheet.rows as (CellValue[] | undefined)[]);
  return copy;
};

describe("reading a department's summary", () => {
  it("gives back each organization with its rows", () => {
    const { report, units } = readSummary(summary, readMeta(summary) ?? new Map(), { file: "s.xlsx" });
    expect(report.ready).toBe(true);
    expect(units.map((u) => u.sourceFile).sort()).toEqual(["1.xlsx", "2.xlsx"]);
    for (const unit of units) expect((unit.details.AllContracts ?? []).length).toBeGreaterThan(10);
  });

  it("refuses a summary whose rows belong to no organization of its Orgs table, rather than lose them", () => {
    const edited = withSheet("Orgs", (rows) => rows.splice(4, 1));
    const { report, units } = readSummary(edited, readMeta(edited) ?? new Map(), { file: "s.xlsx" });
    expect(units).toEqual([]);
    expect(report.findings.map((f) => f.code)).toContain("summary_row_without_org");
  });

  it("refuses a summary with a cell that is not a value, at its address", () => {
    const edited = withSheet("AllContracts", (rows) => {
      const row = rows[3] as CellValue[];
      row[9] = "много";
    });
    const { report } = readSummary(edited, readMeta(edited) ?? new Map(), { file: "s.xlsx" });
    expect(report.findings[0]).toMatchObject({ code: "not_a_number", cell: "J4", form: "AllContracts" });
  });

  it("refuses a summary of another contract version", () => {
    const meta = new Map(readMeta(summary));
    meta.set("version", "7");
    expect(readSummary(summary, meta, { file: "s.xlsx" }).report.findings[0]?.code).toBe("template_unknown_version");
  });
});
