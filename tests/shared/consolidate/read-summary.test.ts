import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { nodeInflate } from "../../../bin/node-inflate";
import { readSummary } from "../../../shared/consolidate/read-summary";
import { readMeta } from "../../../shared/validation/read-meta";
import type { CellValue } from "../../../shared/values";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";
import { summarize, tableRows } from "../../support/consolidation";

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

describe("reading a summary of contract version 1", () => {
  const V1 = join(__dirname, "../../fixtures/contract-v1/summary-ru.xlsx");
  // The organizations the version 1 summary holds, as version 1 wrote them (seeds 3 and 4).
  const sameOrgs = () =>
    Promise.all(
      [3, 4].map(async (seed) => ({
        name: `${seed}.xlsx`,
        bytes: await readFile(join(__dirname, `../../fixtures/contract-v1/workbook-ru-${seed}.xlsx`)),
      })),
    );

  it("reads it without AllDirections and the procedure, which it never had", async () => {
    const read = readWorkbook(await readFile(V1), { inflate: nodeInflate });
    if (!read.ok) throw new Error(read.fault.code);
    const { report, units } = readSummary(read.snapshot, readMeta(read.snapshot) ?? new Map(), { file: "v1.xlsx" });
    expect(report).toMatchObject({ ready: true, version: "1", findings: [] });
    expect(units).toHaveLength(2);
    for (const unit of units) {
      expect(unit.details.AllDirections).toEqual([]);
      expect(unit.identity.head_name).toBeNull();
      expect((unit.details.AllContracts ?? []).length).toBeGreaterThan(100);
    }
  });

  it("consolidates into the same rows as its organizations' workbooks, but for what version 2 added", async () => {
    const region = await summarize([{ name: "v1.xlsx", bytes: await readFile(V1) }]);
    const direct = await summarize(await sameOrgs());
    expect(region.plan.decisions.map((d) => d.outcome)).toEqual(["accepted"]);
    for (const table of ["AllStaffing", "AllConflicts", "AllServices", "AllContracts", "ServicesByChannel"])
      expect({ table, rows: tableRows(region.snapshot, table) }).toEqual({
        table,
        rows: tableRows(direct.snapshot, table),
      });
    const withoutMeasure = (rows: Record<string, CellValue>[]) => rows.map(({ measure: _, ...rest }) => rest);
    expect(withoutMeasure(tableRows(region.snapshot, "AllRisks"))).toEqual(
      withoutMeasure(tableRows(direct.snapshot, "AllRisks")),
    );
    expect(tableRows(region.snapshot, "AllRisks").every((r) => r.measure === null)).toBe(true);
    expect(tableRows(region.snapshot, "AllDirections")).toEqual([]);
    expect(tableRows(region.snapshot, "Orgs").map((r) => [r.risks_count, r.head_name])).toEqual(
      tableRows(direct.snapshot, "Orgs").map((r) => [r.risks_count, null]),
    );
  });
});
