import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { ChartSpec } from "../../../../shared/xlsx/write/chart-xml";
import type { SheetSpec, WorkbookSpec } from "../../../../shared/xlsx/workbook-spec";
import { writeXlsx } from "../../../../shared/xlsx/write-xlsx";
import { ooxmlChecker, type OpenpyxlChart, openpyxlView } from "../../../readers/independent-readers";

const categories = "'Data'!$A$2:$A$4";
const first = { name: "'Data'!$B$1", values: "'Data'!$B$2:$B$4", color: "4472C4" };
const second = { name: "Plan", values: "'Data'!$C$2:$C$4", color: "ED7D31" };
const chart = (kind: ChartSpec["kind"], anchor: string, more: Partial<ChartSpec> = {}): ChartSpec => ({
  kind,
  title: `A ${kind} chart`,
  categories,
  series: [first, second],
  anchor,
  ...more,
});

const charts: ChartSpec[] = [
  chart("column", "E1:J10", { numFmt: "#,##0.0", valueAxisTitle: "thousand tenge" }),
  chart("bar", "E11:J20"),
  chart("stackedColumn", "E21:J30"),
  chart("stackedBar", "E31:J40"),
  chart("line", "K1:P10", { numFmt: "0.0%" }),
  chart("doughnut", "K11:P20", { series: [first] }),
  chart("column", "K21:P30", { series: [first, { ...second, line: true }] }),
];

const sheet: SheetSpec = {
  name: "Data",
  state: "visible",
  columns: [{ width: 20 }, { width: 10 }, { width: 10 }],
  cells: [
    ["Method", "Fact", "Plan"],
    ["Tender", 120.5, 100],
    ["Direct", 30, 45],
    ["Quotes", 12.25, 10],
  ].flatMap((row, r) => row.map((value, c) => ({ row: r + 1, col: c + 1, value }))),
  tables: [],
  formats: [],
  validations: [],
  charts,
};
const spec: WorkbookSpec = { title: "Charts", date: new Date("2026-01-01T00:00:00Z"), sheets: [sheet] };

describe("chart parts", () => {
  let file: string;
  let bytes: Uint8Array;
  let read: OpenpyxlChart[];
  beforeAll(async () => {
    bytes = await writeXlsx(spec);
    file = join(mkdtempSync(join(tmpdir(), "adal-charts-")), "charts.xlsx");
    writeFileSync(file, bytes);
    read = openpyxlView(file).sheets[0]?.charts ?? [];
  });

  it("writes one chart part per chart, one drawing for the sheet, their relationships and content types", () => {
    const parts = unzipSync(bytes);
    const names = Object.keys(parts);
    expect(names.filter((n) => n.startsWith("xl/charts/")).sort()).toEqual(
      charts.map((_, i) => `xl/charts/chart${i + 1}.xml`).sort(),
    );
    const types = strFromU8(parts["[Content_Types].xml"] ?? new Uint8Array());
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(types).toContain('PartName="/xl/charts/chart7.xml"');
    expect(strFromU8(parts["xl/worksheets/_rels/sheet1.xml.rels"] ?? new Uint8Array())).toContain(
      'Target="../drawings/drawing1.xml"',
    );
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array())).toMatch(/<drawing r:id="[^"]+"\/>/);
  });

  it("gives the same bytes for the same charts", async () => {
    expect(Buffer.from(await writeXlsx(spec)).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each([
    [0, ["barChart"], "col", "clustered"],
    [1, ["barChart"], "bar", "clustered"],
    [2, ["barChart"], "col", "stacked"],
    [3, ["barChart"], "bar", "stacked"],
    [4, ["lineChart"], null, "standard"],
    [5, ["doughnutChart"], null, null],
    [6, ["barChart", "lineChart"], "col", "clustered"],
  ])("openpyxl reads chart %i back as %j (%s, %s), with its title and series' ranges", (i, kinds, barDir, grouping) => {
    const chart = read[i];
    const spec = charts[i] as ChartSpec;
    expect(chart).toMatchObject({ kinds, barDir, grouping, title: spec.title });
    expect(chart?.series.map((s) => s.values)).toEqual(spec.series.map((s) => s.values));
    expect(chart?.series.map((s) => s.categories)).toEqual(spec.series.map(() => categories));
    expect(chart?.series[0]?.name).toBe(first.name);
    if (i === 6) expect(chart?.series.map((s) => s.kind)).toEqual(["barChart", "lineChart"]);
  });

  const check = ooxmlChecker();
  (check ? it : it.skip)("holds every part to the ISO 29500 schemas and Excel's rules", () => {
    const result = check?.(file);
    expect(result?.output).not.toMatch(/ERROR|WARN/);
    expect(result?.ok).toBe(true);
  });
});
