import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeInflate } from "../../../bin/node-inflate";
import { writeDocx } from "../../../shared/docx/write-docx";
import { draftReport } from "../../../shared/report/draft-report";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec, type WorkbookEntries } from "../../../workbook-templates/src/filled-spec";
import { docxView, type DocxView, libreOfficeConvert, ooxmlChecker, pdfPages } from "../../readers/independent-readers";
import { VALID_ENTRIES } from "../../support/valid-entries";

const dir = mkdtempSync(join(tmpdir(), "adal-docx-"));
// Where the schema checker is absent, its check is skipped.
const ooxmlCheck = ooxmlChecker();

async function reportFile(name: string, entries: WorkbookEntries): Promise<string> {
  const draft = await draftReport(await writeXlsx(filledSpec("vakr", "ru", entries)), {
    today: "2026-03-10",
    inflate: nodeInflate,
  });
  if (!draft.ok) throw new Error("no report drafted");
  const file = join(dir, name);
  writeFileSync(file, await writeDocx(draft.spec));
  return file;
}

const plain = (text: string) => text.replace(/\u00A0/g, " ");
const rows = (view: DocxView) => view.tables.flatMap((t) => t.rows.map((r) => r.map(plain)));

let ready: string;
let draft: string;
let view: DocxView;
beforeAll(async () => {
  ready = await reportFile("ready.docx", VALID_ENTRIES);
  draft = await reportFile("draft.docx", { ...VALID_ENTRIES, Risks: [] });
  view = docxView(ready);
}, 120_000);

describe("the .docx as python-docx reads it", () => {
  it("is an A4 page with margins of 2, 1.5, 2 and 2 cm, in Times New Roman 14 pt, 12 pt in tables", () => {
    expect(view.page).toEqual({ width: 21, height: 29.7, top: 2, right: 1.5, bottom: 2, left: 2 });
    expect([view.font, view.size]).toEqual(["Times New Roman", 14]);
    expect(view.tableSizes).toEqual([12]);
  });

  it("repeats each table's header row on every page, and only that row", () => {
    expect(view.tables.length).toBeGreaterThanOrEqual(7);
    for (const table of view.tables) expect(table.headerRepeated).toEqual(table.rows.map((_, i) => i === 0));
  });

  it("numbers the pages and carries the stamp in the footer", () => {
    expect(view.footerFields.map((f) => f.trim())).toEqual(["PAGE"]);
    expect(view.footer.join(" ")).toMatch(/Проверено Adal 10\.03\.2026, хэш данных [0-9a-f]{12}/);
    expect(view.header.join("")).toBe("");
  });

  it("holds the figures where they belong: staff, services, contracts, risks and the action plan", () => {
    const all = rows(view);
    expect(all).toContainEqual(["", "Итого", "5,50", "6", "1", "1"]);
    expect(all).toContainEqual(["1", "Приём в 1 класс и на общее образование", "40", "5", "2", "47", "0", "1", "0"]);
    expect(all).toContainEqual(["Итого", "2", "643,6"]);
    expect(all).toContainEqual([
      "1",
      "Должности, связанные с распоряжением бюджетом",
      "Ввести визирование договоров бухгалтером",
      "Внутренний акт",
      "",
      "01.06.2026",
    ]);
    expect(all).toContainEqual([
      "1",
      "Ввести визирование договоров бухгалтером",
      "Утвердить приказом порядок визирования договоров",
      "Внутренний акт",
      "Ахметова А.С.",
      "01.06.2026",
    ]);
    const paragraphs = view.paragraphs.map(plain);
    expect(paragraphs.some((p) => p.endsWith("Текучесть кадров составила 16,7 %."))).toBe(true);
    expect(paragraphs).toContain("Рекомендация: Ввести визирование договоров бухгалтером");
  });
});

describe("the .docx as LibreOffice reads it", () => {
  it("converts to text with the report's sentences and figures", () => {
    const text = plain(readFileSync(libreOfficeConvert(ready, "txt:Text (encoded):UTF8"), "utf8"));
    expect(text).toContain("Аналитическая справка по итогам внутреннего анализа коррупционных рисков");
    expect(text).toContain("За анализируемый период заключено договоров: 2 на общую сумму 643,6 тыс. тенге.");
    expect(text).toContain("Всего оказано услуг: 47, из них с нарушением сроков — 0, отказов — 1, жалоб — 0.");
    expect(text).toContain("Обоснование: Директор единолично подписывает договоры");
  }, 120_000);

  it("prints a draft's mark on every page", () => {
    const pages = pdfPages(libreOfficeConvert(draft, "pdf"));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain("ПРОЕКТ — не проверено");
  }, 120_000);
});

(ooxmlCheck ? describe : describe.skip)("the .docx against the ISO 29500 transitional schemas", () => {
  it.each(["ready.docx", "draft.docx"])("%s: every XML part is valid", (name) => {
    const lines = ooxmlCheck!(join(dir, name)).output.split("\n");
    expect(lines.some((l) => /wml\.xsd: (\d+) of \1 parts validate/.test(l))).toBe(true);
    // The checker's table of content types by relationship knows only workbooks' parts: Word's own types are no fault.
    const faults = lines
      .map((line, i) => `${line.trim()} ${lines[i + 1]?.trim() ?? ""}`)
      .filter((l) => /^\[(ERROR|WARN)\]/.test(l))
      .filter((l) => !/content type does not fit.*wordprocessingml\.(document\.main|styles)\+xml/.test(l));
    expect(faults).toEqual([]);
  });
});
