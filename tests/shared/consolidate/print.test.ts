import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FormDef } from "../../../shared/forms";
import { intake, missing, riskList } from "../../../shared/forms/summary";
import { columnLetters } from "../../../shared/xlsx/a1";
import { LAYOUT } from "../../../shared/xlsx/form-layout";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";
import { libreOfficeConvert, type OpenpyxlView, openpyxlView, pdfPagePixels } from "../../readers/independent-readers";
import { type Summary, summarize, tableRows } from "../../support/consolidation";
import { BINS, changed } from "../../support/valid-entries";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");

let summary: Summary;
let file: string;
let view: OpenpyxlView;

beforeAll(async () => {
  const files = await Promise.all(
    [1, 2, 3].map(async (seed) => ({
      name: `org-${seed}.xlsx`,
      bytes: await sampleWorkbook(seed, { lang: seed % 2 ? "kk" : "ru" }),
      modified: Date.UTC(2026, 0, 20),
    })),
  );
  const faulty = {
    name: "faulty.xlsx",
    bytes: await writeXlsx(filledSpec("vakr", "ru", changed({ Contracts: { 0: { amount: "много" } } }))),
  };
  const again = { ...(files[0] as (typeof files)[number]), name: "org-1 (old).xlsx", modified: Date.UTC(2026, 0, 10) };
  const roster = [{ bin: BINS[0], name: "Мектеп № 12", orgType: null, district: null }];
  summary = await summarize([...files, faulty, again], { roster });
  file = join(mkdtempSync(join(tmpdir(), "adal-print-")), "summary.xlsx");
  writeFileSync(file, summary.bytes);
  view = openpyxlView(file);
});

/** Lines a text needs at least in a column `width` wide: Calibri's letters are narrower than its digits. */
const leastLines = (text: string, width: number) =>
  text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (width * 1.2))), 0);

describe("the printed summary", () => {
  it("prints every sheet on A4, landscape, one page wide (more for the widest, who repeated), header rows repeated", () => {
    // Orgs' 35 columns (version 2's procedure among them) take three pages across.
    const pagesWide: Record<string, number> = {
      Организации: 3,
      "Конфликт интересов (все)": 2,
      "Договоры (все)": 2,
      "Риски (все)": 2,
    };
    const wide = Object.keys(pagesWide);
    for (const sheet of view.sheets.filter((s) => s.state === "visible")) {
      expect({ sheet: sheet.title, ...sheet.print, header: undefined }).toEqual({
        sheet: sheet.title,
        paperSize: 9,
        orientation: "landscape",
        fitToWidth: pagesWide[sheet.title] ?? 1,
        header: undefined,
      });
      expect({ sheet: sheet.title, cols: sheet.printTitleCols }).toEqual({
        sheet: sheet.title,
        cols: wide.includes(sheet.title) ? "$A:$B" : null,
      });
      if (sheet !== view.sheets[0]) expect(sheet.printTitleRows).toBe(`$${LAYOUT.headerRow}:$${LAYOUT.headerRow}`);
    }
  });

  it("names the sheet's table, the period and the date of the data in every page's header", () => {
    const [overview, orgs] = view.sheets;
    expect(orgs?.print.header[0]).toBe("Сводные показатели по организациям");
    expect(orgs?.print.header[1]).toMatch(
      /Период: \d\d\.\d\d\.\d{4} – \d\d\.\d\d\.\d{4}; Данные по состоянию на 20\.01\.2026$/,
    );
    expect(overview?.print.header[1]).toBe(orgs?.print.header[1]);
  });

  it("keeps SHA-256 columns in their tables but off the page", () => {
    const hidden = Object.fromEntries(view.sheets.map((s) => [s.title, s.hiddenColumns]));
    expect(hidden["Организации"]).toEqual(["Y"]);
    expect(hidden["Полученные файлы"]).toEqual([
      columnLetters(intake.columns.findIndex((c) => c.key === "sha256") + 1),
    ]);
  });

  it("makes every row of wrapped text tall enough for its lines, the header row too", () => {
    const sheet = view.sheets.find((s) => s.title === "Перечень рисков");
    const rows = tableRows(summary.snapshot, "RiskList");
    expect(rows.length).toBeGreaterThan(3);
    const { columns } = riskList as FormDef;
    const wrapped = columns.filter((c) => c.wrap);
    rows.forEach((row, i) => {
      const lines = Math.max(...wrapped.map((c) => leastLines(String(row[c.key] ?? ""), c.width)));
      const height = sheet?.rowHeights[String(LAYOUT.firstDataRow + i)] ?? 15;
      expect({ row: i + 1, enough: height >= lines * 15 }).toEqual({ row: i + 1, enough: true });
    });
    const headerLines = Math.max(...columns.map((c) => leastLines(c.labels.ru, c.width)));
    expect(sheet?.rowHeights[String(LAYOUT.headerRow)]).toBeGreaterThanOrEqual(headerLines * 15);
  });

  it("lists in Intake what needs action first, the outcome and its reason beside the file", () => {
    expect(intake.columns.slice(0, 3).map((c) => c.key)).toEqual(["file", "outcome", "reason"]);
    expect(tableRows(summary.snapshot, "Intake").map((r) => [r.file, r.outcome])).toEqual([
      ["faulty.xlsx", "отклонён"],
      ["org-1 (old).xlsx", "заменён более новым"],
      ["org-1.xlsx", "принят"],
      ["org-2.xlsx", "принят"],
      ["org-3.xlsx", "принят"],
    ]);
  });

  it("gives in Missing the contacts of an organization whose file was rejected, from its Passport", () => {
    const [row] = tableRows(summary.snapshot, "Missing");
    expect(missing.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["responsible", "contact_email"]));
    expect(row).toMatchObject({
      org_bin: BINS[0],
      responsible: "Ахметова А.С.",
      contact_email: "school12@mail.kz",
      contact_phone: "+7 7182 55-12-12",
    });
    expect(String(row?.note)).toContain("faulty.xlsx");
  });

  it("renders in LibreOffice on A4 pages only, the first pages of Orgs, RiskList and Missing kept as pictures", () => {
    const pdf = libreOfficeConvert(file, "pdf");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
      [Number(m[1]), Number(m[2])].map(Math.round).join("x"),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(new Set(sizes)).toEqual(new Set(["842x595"]));
    mkdirSync(ARTIFACTS, { recursive: true });
    const firstPageOf = (title: string) =>
      sizes.findIndex((_, i) =>
        execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).includes(
          title,
        ),
      ) + 1;
    for (const [name, title] of [
      ["orgs", "Сводные показатели по организациям"],
      ["risk-list", "Перечень выявленных коррупционных рисков"],
      ["missing", "Организации без принятой рабочей книги"],
    ]) {
      const page = firstPageOf(title as string);
      expect({ title, page: page > 0 }).toEqual({ title, page: true });
      pdfPagePixels(pdf, page, 80, join(ARTIFACTS, `summary-${name}.png`));
    }
  });
});
