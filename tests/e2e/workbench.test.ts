import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pkg from "../../package.json";
import { sampleWorkbook } from "../../workbook-templates/src/sample";
import { OFFICE_CDN, OFFICE_TELEMETRY_FRAME, type PanePage } from "./support/browser";
import { ROOT } from "./support/built-pane";
import { servedPane } from "./support/served-pane";

const CONFLICTS = "Конфликт интересов";
const site = servedPane();
let pane: PanePage;

beforeEach(async () => {
  pane = await site.open({
    locale: "ru-RU",
    // As wide as Excel's task pane.
    viewport: { width: 360, height: 720 },
  });
});

afterEach(async () => {
  // Nothing leaves the add-in's origin but office.js from the Office CDN (served here from its npm package)
  // and the telemetry frame office.js itself may open (answered empty here): our code asks for nothing else.
  const fromOffice = (url: string) => url.startsWith(OFFICE_CDN) || url.startsWith(OFFICE_TELEMETRY_FRAME);
  const elsewhere = pane.requests.filter((url) => !url.startsWith(site.origin()) && !fromOffice(url));
  expect(elsewhere).toEqual([]);
  expect(pane.requests.some((url) => url.startsWith(`${OFFICE_CDN}office.js`))).toBe(true);
  expect(pane.violations).toEqual([]);
  await pane.close();
});

describe("the task pane in the workbench, in Chromium", () => {
  it("inserts the standardized sheets into a blank workbook", async () => {
    const { page } = pane;
    await page.getByText("В этой книге ещё нет листов Adal.").waitFor();
    await page.getByRole("button", { name: "Вставить листы на русском" }).click();
    await page.getByText(/^Вставлено листов: 9\./).waitFor();
    await page.getByText("В этой книге есть листы Adal, язык: русский.").waitFor();
  });

  it("refuses a pair without measures, lists one typed in the sheet in the chosen language, goes to its cell, and stamps the workbook once it is fixed", async () => {
    const { page } = pane;
    await page.getByLabel("Открыть книгу на стенде").setInputFiles({
      name: "school.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await sampleWorkbook(7, { lang: "ru" })),
    });
    await page.getByText("Открыта на стенде: school.xlsx").waitFor();

    await page.getByRole("tab", { name: "Заполнение" }).click();
    await page.getByRole("combobox", { name: "Что заполнить" }).selectOption(CONFLICTS);
    await page.getByRole("textbox", { name: "ФИО работника" }).fill("Ахметова Гульнар Сериковна");
    await page.getByRole("textbox", { name: "Должность работника" }).fill("Заместитель директора");
    await page.getByRole("textbox", { name: "ФИО родственника" }).fill("Ахметов Серик");
    await page.getByRole("textbox", { name: "Должность родственника" }).fill("Учитель физики");
    await page.getByRole("combobox", { name: "Степень родства" }).selectOption("Супруг(а)");
    await page.getByRole("combobox", { name: "Прямая подчинённость" }).selectOption("Да");
    // The form applies Validate's rule and refuses the pair without measures...
    await page.getByRole("button", { name: "Добавить строку" }).click();
    await page.getByText("Исправьте поле «Принятые меры по урегулированию»: ничего не записано.").waitFor();
    // ...which the user then types into the sheet directly, as in Excel.
    const row = await page.evaluate(async () => {
      const added = await window.adalWorkbench?.appendRow("Conflicts", [
        99,
        "Ахметова Гульнар Сериковна",
        "Заместитель директора",
        "Ахметов Серик",
        "Учитель физики",
        "Супруг(а)",
        "Да",
      ]);
      return added?.ok ? added.row : 0;
    });

    await page.getByRole("combobox", { name: "Язык" }).selectOption("kk");
    await page.getByRole("tab", { name: "Тексеру" }).click();
    await page.getByRole("button", { name: "Жұмыс кітабын тексеру" }).click();
    await page.getByText("Қателер: 1. Ескертулер: 0.").waitFor();
    const finding = page
      .getByRole("region", { name: CONFLICTS })
      .getByRole("button", { name: new RegExp(`^I${row} Қате: .*реттеу шараларын`) });
    await finding.waitFor();
    mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-artifacts/pane-findings.png"), fullPage: true });

    await finding.click();
    expect(await page.evaluate(() => window.adalWorkbench?.selected)).toEqual({ sheet: CONFLICTS, address: `I${row}` });

    // The user types the measures into the cell, as in Excel.
    await page.evaluate(
      ([sheet, address]) => window.adalWorkbench?.writeCells([{ sheet, address, value: "Переведён в другой отдел" }]),
      [CONFLICTS, `I${row}`] as const,
    );
    await page.getByRole("button", { name: "Жұмыс кітабын тексеру" }).click();
    await page.getByText("Жіберуге дайын").waitFor();
    await page.getByText(/^Тексеру белгісі жұмыс кітабына жазылды/).waitFor();
    const meta = await page.evaluate(async () => Object.fromEntries((await window.adalWorkbench?.readMeta()) ?? []));
    expect(meta).toMatchObject({
      "stamp.hash": expect.stringMatching(/^[0-9a-f]{64}$/),
      "stamp.tool": `Adal ${pkg.version}`,
    });
    expect(await page.evaluate(() => window.adalWorkbench?.highlights)).toEqual([]);
  });
});
