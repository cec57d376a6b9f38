import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Examined } from "../../../shared/consolidate/examined";
import type { RosterEntry } from "../../../shared/consolidate/roster";
import { LISTS } from "../../../shared/forms";
import { parseCellRef } from "../../../shared/xlsx/a1";
import { cellAt, type WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";
import {
  calcPdfPages,
  libreOfficeConvert,
  ooxmlChecker,
  type OpenpyxlView,
  openpyxlView,
  pdfLayout,
  pdfPagePixels,
} from "../../readers/independent-readers";
import { examine, type Summary, summarize, tableRows } from "../../support/consolidation";
import { changed } from "../../support/valid-entries";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");

let organizations: Examined[] = [];
let roster: RosterEntry[] = [];
let summary: Summary;
let file: string;
let view: OpenpyxlView;

beforeAll(async () => {
  organizations = await Promise.all(
    [1, 2, 3, 4, 5].map(async (seed) =>
      examine({ name: `org-${seed}.xlsx`, bytes: await sampleWorkbook(seed, { lang: seed % 2 ? "kk" : "ru" }) }),
    ),
  );
  const faulty = await examine({
    name: "faulty.xlsx",
    bytes: await writeXlsx(filledSpec("vakr", "ru", changed({ Contracts: { 0: { amount: "много" } } }))),
  });
  roster = [
    ...organizations.map((o) => ({ bin: o.bin ?? "", name: o.names?.ru ?? "", orgType: null, district: null })),
    { bin: "040540000014", name: "Школа без книги", orgType: null, district: null },
  ];
  summary = await summarize([...organizations, faulty], { roster });
  file = join(mkdtempSync(join(tmpdir(), "adal-overview-")), "summary.xlsx");
  writeFileSync(file, summary.bytes);
  view = openpyxlView(file);
});

/** The values of an absolute range on the overview, read back with our reader, row by row then across. */
function valuesAt(snapshot: WorkbookSnapshot, range: string): unknown[] {
  const [, sheetName = "", cells = ""] = /^'(.*)'!(.*)$/.exec(range) ?? [];
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  const [a, b] = cells.split(":").map((ref) => parseCellRef(ref));
  if (!sheet || !a) return [];
  const end = b ?? a;
  const values: unknown[] = [];
  for (let r = a.row; r <= end.row; r++) for (let c = a.col; c <= end.col; c++) values.push(cellAt(sheet, r, c));
  return values;
}

describe("the summary's overview", () => {
  it("is the first sheet and the one the summary opens on, in the summary's language", () => {
    expect(view.sheets[0]?.title).toBe("Обзор");
    expect(view.active).toBe("Обзор");
  });

  it("draws five native charts of the kinds asked, titled in the summary's language, each reading a table on the overview", () => {
    const charts = view.sheets[0]?.charts ?? [];
    expect(charts.map((c) => [c.kinds, c.barDir, c.grouping])).toEqual([
      [["barChart"], "col", "clustered"],
      [["barChart"], "bar", "clustered"],
      [["barChart", "lineChart"], "col", "clustered"],
      [["barChart"], "col", "stacked"],
      [["barChart"], "col", "clustered"],
    ]);
    expect(charts.map((c) => c.title)).toEqual([
      "Сдача рабочих книг",
      "Организации с выявленными рисками по направлениям",
      "Текучесть кадров: 15 организаций с наибольшей",
      "Госуслуги по каналам оказания",
      "Сумма договоров по способам закупки, тыс. тенге",
    ]);
    for (const s of charts.flatMap((c) => c.series)) {
      expect(s.values).toMatch(/^'Обзор'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      expect(s.categories).toMatch(/^'Обзор'!/);
    }
  });

  it("charts the figures of the tables below: submissions, directions by name, turnovers highest first", () => {
    const [status, directions, turnover] = view.sheets[0]?.charts ?? [];
    const { snapshot, plan } = summary;
    const outcomes = plan.decisions.map((d) => d.outcome);
    expect(valuesAt(snapshot, status?.series[0]?.categories ?? "")).toEqual(["Принято", "Отклонено", "Не сдали"]);
    expect(valuesAt(snapshot, status?.series[0]?.values ?? "")).toEqual([
      outcomes.filter((o) => o === "accepted").length,
      1,
      1,
    ]);
    expect(valuesAt(snapshot, directions?.series[0]?.categories ?? "")).toEqual(
      LISTS.direction.items.map((i) => `${i.code}. ${i.labels.ru}`),
    );
    const risks = tableRows(snapshot, "AllRisks");
    const withRisks = LISTS.direction.items.map(
      (i) => new Set(risks.filter((r) => String(r.direction).startsWith(`${i.code}.`)).map((r) => r.org_bin)).size,
    );
    expect(valuesAt(snapshot, directions?.series[0]?.values ?? "")).toEqual(withRisks);
    const rates = valuesAt(snapshot, turnover?.series[0]?.values ?? "") as number[];
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rates.sort()).toEqual(
      tableRows(snapshot, "Orgs")
        .map((r) => r.turnover)
        .sort(),
    );
  });

  it("is left out when the summary is read back: a region's summary of it holds the same organizations", async () => {
    const region = await summarize([{ name: "department.xlsx", bytes: summary.bytes }]);
    expect(region.plan.decisions.map((d) => d.outcome)).toEqual(["accepted"]);
    expect(tableRows(region.snapshot, "Orgs")).toEqual(tableRows(summary.snapshot, "Orgs"));
    const regionView = openpyxlView(writeTemp(region.bytes));
    expect(regionView.sheets[0]?.charts[2]?.title).toBe("Текучесть кадров по отделам");
  });

  it("speaks Kazakh in a Kazakh summary: sheet, titles and direction names", async () => {
    const kk = await summarize(organizations, { lang: "kk" });
    const kkView = openpyxlView(writeTemp(kk.bytes));
    expect(kkView.active).toBe("Шолу");
    const directions = kkView.sheets[0]?.charts[1];
    expect(directions?.title).toBe("Тәуекелдер анықталған ұйымдар, бағыттар бойынша");
    expect(valuesAt(kk.snapshot, directions?.series[0]?.categories ?? "")[1]).toBe(
      `2. ${LISTS.direction.items[1]?.labels.kk}`,
    );
  });

  it("prints on one landscape A4 page where LibreOffice draws every chart", () => {
    const pdf = libreOfficeConvert(file, calcPdfPages("1"));
    const { width, height, words } = pdfLayout(pdf);
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    mkdirSync(ARTIFACTS, { recursive: true });
    const dpi = 100;
    const page = pdfPagePixels(pdf, 1, dpi, join(ARTIFACTS, "overview.png"));
    for (const title of (view.sheets[0]?.charts ?? []).map((c) => c.title ?? "")) {
      // The chart's title is drawn where the chart stands: below it, the plot must not be blank.
      const [first, second] = title.split(" ");
      const at = words.findIndex((w, i) => w.text === first && words[i + 1]?.text === second);
      expect({ title, found: at >= 0 }).toEqual({ title, found: true });
      const word = words[at] as (typeof words)[number];
      const px = (pt: number) => Math.round((pt * dpi) / 72);
      let coloured = 0;
      for (let y = px(word.y1 + 5); y < px(word.y1 + 70) && y < page.height; y++)
        for (let x = px(word.x0 - 60); x < px(word.x0 + 140) && x < page.width; x++) {
          const i = (y * page.width + Math.max(0, x)) * 3;
          const [r, g, b] = [page.rgb[i] ?? 0, page.rgb[i + 1] ?? 0, page.rgb[i + 2] ?? 0];
          if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured++;
        }
      expect({ title, drawn: coloured > 50 }).toEqual({ title, drawn: true });
    }
  });

  const check = ooxmlChecker();
  (check ? it : it.skip)("holds every part, charts included, to the ISO 29500 schemas and Excel's rules", () => {
    const result = check?.(file);
    expect(result?.output).not.toMatch(/\[(ERROR|WARN)\]/);
    expect(result?.ok).toBe(true);
  });
});

function writeTemp(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "adal-overview-")), "summary.xlsx");
  writeFileSync(path, bytes);
  return path;
}
