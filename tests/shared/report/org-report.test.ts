import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflate } from "../../../bin/node-inflate";
import { type Block, type DocumentSpec, documentText, type TableBlock } from "../../../shared/docx/document-spec";
import { draftReport } from "../../../shared/report/draft-report";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec, type WorkbookEntries } from "../../../workbook-templates/src/filled-spec";
import { VALID_ENTRIES } from "../../support/valid-entries";

const TODAY = "2026-03-10";

async function spec(entries: WorkbookEntries, lang?: "kk" | "ru"): Promise<DocumentSpec> {
  const bytes = await writeXlsx(filledSpec("vakr", "ru", entries));
  const draft = await draftReport(bytes, { today: TODAY, lang, inflate: nodeInflate });
  if (!draft.ok) throw new Error("no report drafted");
  return draft.spec;
}

const plain = (text: string) => text.replace(/\u00A0/g, " ");
const texts = (s: DocumentSpec) => documentText(s).map(plain);
const tables = (s: DocumentSpec) => s.blocks.filter((b): b is TableBlock => b.kind === "table");
const headed = (s: DocumentSpec, header: string) => tables(s).find((t) => t.columns.some((c) => c.header === header));
/** The blocks of one direction's section: from its heading to the next heading. */
function section(s: DocumentSpec, prefix: string): Block[] {
  const start = s.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith(prefix));
  const end = s.blocks.findIndex((b, i) => i > start && b.kind === "heading");
  return s.blocks.slice(start, end);
}
const sectionText = (s: DocumentSpec, prefix: string) =>
  plain(documentText({ ...s, header: undefined, footer: undefined, blocks: section(s, prefix) }).join("\n"));

describe("the analytical report of an organization", () => {
  let ru: DocumentSpec;
  let kk: DocumentSpec;
  beforeAll(async () => {
    ru = await spec(VALID_ENTRIES);
    kk = await spec(VALID_ENTRIES, "kk");
  });

  it("opens with the approval block: the head's position, the organization, the head's name", () => {
    expect(ru.blocks[0]).toEqual({
      kind: "approval",
      lines: [
        "«УТВЕРЖДАЮ»",
        "Директор",
        "Общеобразовательная школа № 12",
        "________________ А.Б. Сейтова",
        "«___» ______________ 20___ г.",
      ],
    });
  });

  it("says the place, the date, the order in words and the period", () => {
    const all = texts(ru);
    expect(all).toContain("г. Павлодар    05.03.2026");
    expect(all).toContain("Рабочая группа создана приказом руководителя организации от 12 января 2026 года № 15-ө.");
    expect(all).toContain(
      "Анализируемый период: с 01.01.2025 по 31.12.2025. Анализ проведён с 02.02.2026 по 27.02.2026.",
    );
    expect(texts(kk)).toContain("Жұмыс тобы ұйым басшысының бұйрығымен құрылды: 2026 жылғы 12 қаңтар, № 15-ө.");
  });

  it("gives the staffing table with its totals and the turnover", () => {
    const table = headed(ru, "Штатные единицы");
    expect(table?.rows).toEqual([
      ["1", "Директор", "1,00", "1", "0", "0"],
      ["2", "Учитель математики", "4,50", "5", "1", "1"],
    ]);
    expect(table?.totals).toEqual(["", "Итого", "5,50", "6", "1", "1"]);
    expect(sectionText(ru, "1.")).toContain(
      "Всего по штатному расписанию: штатных единиц — 5,50, фактически работают — 6, принято — 1, уволено — 1, " +
        "из них по отрицательным мотивам — 0. Текучесть кадров составила 16,7 %.",
    );
  });

  it("names the positions exposed to corruption risks with their reasons", () => {
    const table = tables(ru).find((t) => t.columns.length === 3 && t.rows[0]?.[1] === "Директор");
    expect(table?.rows).toEqual([["1", "Директор", "Распоряжается бюджетом"]]);
  });

  it("gives the register of related employees", () => {
    expect(sectionText(ru, "2.")).toContain(
      "Пар работников, состоящих в близком родстве или свойстве: 1, из них в прямом подчинении: 0.",
    );
    const table = tables(ru).find((t) => t.columns.length === 7);
    expect(table?.rows[0]?.slice(0, 5)).toEqual([
      "1",
      "Касымова Г.Т.\nУчитель начальных классов",
      "Касымов Е.Р.\nУчитель физкультуры",
      "Супруг(а)",
      "Нет",
    ]);
  });

  it("lists the services by channel with their totals", () => {
    const services = tables(ru).find((t) => t.rows[0]?.[1] === "Приём в 1 класс и на общее образование");
    expect(services?.rows[0]).toEqual([
      "1",
      "Приём в 1 класс и на общее образование",
      "40",
      "5",
      "2",
      "47",
      "0",
      "1",
      "0",
    ]);
    expect(sectionText(ru, "3.")).toContain(
      "Всего оказано услуг: 47, из них с нарушением сроков — 0, отказов — 1, жалоб — 0.",
    );
  });

  it("counts the contracts and their amount in thousand tenge, by procurement method", () => {
    expect(sectionText(ru, "7.")).toContain(
      "За анализируемый период заключено договоров: 2 на общую сумму 643,6 тыс. тенге.",
    );
    const table = tables(ru).find((t) => t.totals?.[0] === "Итого" && t.columns.length === 3);
    expect(table?.rows).toEqual([
      ["Запрос ценовых предложений", "1", "450,0"],
      ["Из одного источника", "1", "193,6"],
    ]);
    expect(table?.totals).toEqual(["Итого", "2", "643,6"]);
  });

  it("gives each risk with its justification and recommendation under its direction", () => {
    const text = sectionText(ru, "1.");
    expect(text).toContain("Вывод рабочей группы: Выявлены должности, подверженные рискам");
    expect(text).toContain("1. Должности, связанные с распоряжением бюджетом");
    expect(text).toContain("Обоснование: Директор единолично подписывает договоры");
    expect(text).toContain("Рекомендация: Ввести визирование договоров бухгалтером");
  });

  it("gives a direction without risks its conclusion, one sentence, and the group's recommendation", () => {
    expect(sectionText(ru, "4.").split("\n")).toEqual([
      "4. Реализация разрешительных функций",
      "Вывод рабочей группы: Рисков не выявлено",
      "Коррупционные риски не выявлены.",
    ]);
    expect(sectionText(ru, "3.")).toContain("Рекомендация рабочей группы: Вести журнал приёма заявлений на госуслуги");
    expect(sectionText(kk, "4.")).toContain("Сыбайлас жемқорлық тәуекелдері анықталған жоқ.");
  });

  it("annexes the risk list and the action plan, a row per risk", () => {
    const annex = tables(ru).slice(-2);
    expect(annex[0]?.rows).toEqual([
      [
        "1",
        "Должности, связанные с распоряжением бюджетом",
        "Ввести визирование договоров бухгалтером",
        "Внутренний акт",
        "",
        "01.06.2026",
      ],
    ]);
    expect(annex[1]?.rows).toEqual([
      [
        "1",
        "Ввести визирование договоров бухгалтером",
        "Утвердить приказом порядок визирования договоров",
        "Внутренний акт",
        "Ахметова А.С.",
        "01.06.2026",
      ],
    ]);
    expect(texts(ru)).toContain(
      "План мероприятий по устранению причин и условий, способствующих совершению коррупционных правонарушений",
    );
  });

  it("carries the validation stamp in the footer of a ready workbook, and no draft mark", () => {
    expect(ru.header).toBeUndefined();
    expect(ru.footer).toMatch(/^Проверено Adal 10\.03\.2026, хэш данных [0-9a-f]{12}$/);
    expect(kk.footer).toMatch(/^Adal тексерді 10\.03\.2026, деректер хэші [0-9a-f]{12}$/);
  });
});

describe("a workbook that is not ready", () => {
  it("gives a draft marked on every page, its annexes a row of dashes when it has no risks", async () => {
    const draft = await spec({ ...VALID_ENTRIES, Risks: [] });
    expect(draft.header).toBe("ПРОЕКТ — не проверено: в рабочей книге есть ошибки (1)");
    expect(draft.footer).toBeUndefined();
    const annex = tables(draft).slice(-2);
    for (const table of annex) expect(table.rows).toEqual([["—", "—", "—", "—", "—", "—"]]);
    expect(sectionText(draft, "1.")).toContain("Коррупционные риски не выявлены.");
  });
});

describe("a version 1 workbook", () => {
  it("leaves the lines it has no data for blank, for the hand, and prints its own stamp's date", async () => {
    const bytes = readFileSync(join(__dirname, "..", "..", "fixtures", "contract-v1", "workbook-kk-stamped.xlsx"));
    const draft = await draftReport(bytes, { today: TODAY, inflate: nodeInflate });
    if (!draft.ok) throw new Error("no report drafted");
    const approval = draft.spec.blocks[0];
    expect(approval?.kind === "approval" && [approval.lines[1], approval.lines[3]]).toEqual([
      "________________",
      "________________",
    ]);
    expect(draft.spec.header).toBeUndefined();
    expect(draft.spec.footer).toMatch(/^Adal тексерді 27\.02\.2026, деректер хэші [0-9a-f]{12}$/);
  });
});
