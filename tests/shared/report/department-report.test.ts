import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflate } from "../../../bin/node-inflate";
import { type DocumentSpec, documentText, type TableBlock } from "../../../shared/docx/document-spec";
import { draftReport } from "../../../shared/report/draft-report";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { sampleOrg, sampleWorkbook } from "../../../workbook-templates/src/sample";
import { summarize } from "../../support/consolidation";
import { changed, VALID_ENTRIES } from "../../support/valid-entries";

const plain = (text: string) => text.replace(/\u00A0/g, " ");

async function departmentSpec(bytes: Uint8Array, title?: string): Promise<DocumentSpec> {
  const draft = await draftReport(bytes, { today: "2026-03-10", title, inflate: nodeInflate });
  if (!draft.ok || draft.kind !== "department") throw new Error("no department report drafted");
  return draft.spec;
}

describe("the department's report", () => {
  let spec: DocumentSpec;
  let text: string[];
  const seeds = [11, 12];
  beforeAll(async () => {
    const files = [
      ...(await Promise.all(
        seeds.map(async (seed) => ({ name: `org-${seed}.xlsx`, bytes: await sampleWorkbook(seed) })),
      )),
      { name: "school-12.xlsx", bytes: await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES)) },
      {
        name: "faulty.xlsx",
        bytes: await writeXlsx(filledSpec("vakr", "ru", changed({ Contracts: { 0: { amount: "много" } } }))),
      },
    ];
    const summary = await summarize(files, { lang: "ru" });
    spec = await departmentSpec(summary.bytes, "Отдел образования города Павлодара");
    text = documentText(spec).map(plain);
  }, 120_000);

  it("is titled with the department given", () => {
    expect(text.slice(0, 2)).toEqual([
      "Сводная информация по итогам внутреннего анализа коррупционных рисков в организациях образования",
      "Отдел образования города Павлодара",
    ]);
  });

  it("says who took part and names the rejected file with its reason", () => {
    expect(text).toContain("Принято рабочих книг: 3, отклонено файлов: 1, не сдали по списку: 0.");
    expect(text.find((t) => t.startsWith("1. faulty.xlsx"))).toMatch(/Ошибок: 1\./);
  });

  it("counts the department's contracts and their amount from every organization's rows", () => {
    const orgs = seeds.map((seed) => sampleOrg(seed).entries.Contracts ?? []);
    const count = orgs.reduce((s, rows) => s + rows.length, 0) + 2;
    expect(text.find((t) => t.startsWith("Заключено договоров:"))).toMatch(
      new RegExp(`^Заключено договоров: ${count} `),
    );
  });

  it("names the procedure's slips from the organizations' own dates", () => {
    expect(text).toContain("Нет ссылки на опубликованную справку: нет.");
    expect(text.some((t) => t.startsWith("Анализируемый период: с 01.01.2025 по 31.12.2025."))).toBe(true);
  });

  it("annexes the merged risk list, each risk with its organization", () => {
    const annex = spec.blocks.filter((b): b is TableBlock => b.kind === "table").at(-1);
    expect(annex?.columns.map((c) => c.header).at(-1)).toBe("Организация");
    expect(annex?.rows).toContainEqual([
      expect.any(String),
      "Должности, связанные с распоряжением бюджетом",
      "Ввести визирование договоров бухгалтером",
      "Внутренний акт",
      "",
      "01.06.2026",
      "Общеобразовательная школа № 12",
    ]);
  });

  it("says so when a version 1 summary holds no procedure", async () => {
    const bytes = readFileSync(join(__dirname, "..", "..", "fixtures", "contract-v1", "summary-ru.xlsx"));
    const v1 = documentText(await departmentSpec(bytes));
    expect(v1.some((t) => t.startsWith("В своде нет сведений о порядке проведения анализа"))).toBe(true);
  });
});
