import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./support/built-pane";
import { overflow } from "./support/overflow";
import { servedPane } from "./support/served-pane";

const site = servedPane();
const ARTIFACTS = join(ROOT, "test-artifacts");

const LOCALES = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" } as const;
const TAB = {
  kk: ["Бастау", "Толтыру", "Тексеру", "Біріктіру"],
  ru: ["Начало", "Заполнение", "Проверка", "Свод"],
  en: ["Start", "Fill", "Validate", "Consolidate"],
} as const;
const FORM_PICKER = { kk: "Не толтырылады", ru: "Что заполнить", en: "What to fill in" } as const;
const PASTE = {
  kk: ["Excel-ден немесе 1С-тен жолдарды қою", "Қойылған жолдар", "Не оқылды"],
  ru: ["Вставить строки из Excel или 1С", "Вставленные строки", "Что прочитано"],
  en: ["Paste rows from Excel or 1C", "Pasted rows", "What was read"],
} as const;
// A pasted block with all the preview shows: a header, a column the form lacks, a long unbroken value, a bad row.
const PASTED = [
  "Номер договора\tДата договора\tКонтрагент\tСумма, тенге\tОтветственный за исполнение договора",
  `12-К\t14.02.2025\tТОО «${"Поставщик".repeat(8)}»\t1 500 тг\tИванова`,
  "13-К\t31.02.2025\tИП Бекова\tдвадцать\t",
].join("\r\n");
const VALIDATE = { kk: "Жұмыс кітабын тексеру", ru: "Проверить книгу", en: "Validate the workbook" } as const;

type Lang = keyof typeof LOCALES;
const cases = (["kk", "ru", "en"] as const).flatMap((lang) =>
  (["light", "dark"] as const).flatMap((scheme) => [320, 350].map((width) => ({ lang, scheme, width }))),
);

/** Everything each tab shows once used: the sheets inserted, each form of Fill, the findings of the empty sheets. */
async function everyTab(page: Page, lang: Lang, visit: (name: string) => Promise<void>): Promise<void> {
  const [start, fill, validate, consolidate] = TAB[lang];
  await page.getByRole("tab", { name: start }).click();
  await page
    .getByRole("button")
    .filter({ hasText: /қосу|Вставить|Insert in/ })
    .first()
    .click();
  await page.locator('[role="tabpanel"]:not([hidden]) .fui-MessageBar').first().waitFor();
  await visit("start");

  await page.getByRole("tab", { name: fill }).click();
  const picker = page.getByRole("combobox", { name: FORM_PICKER[lang] });
  const forms = await picker
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  for (const form of forms) {
    await picker.selectOption(form);
    await visit(`fill-${form}`);
  }
  await picker.selectOption("Contracts");
  await page.getByRole("button", { name: PASTE[lang][0] }).click();
  await page.getByRole("textbox", { name: PASTE[lang][1] }).fill(PASTED);
  await page.getByRole("list", { name: PASTE[lang][2] }).waitFor();
  await visit("fill-paste");

  await page.getByRole("tab", { name: validate }).click();
  await page.getByRole("button", { name: VALIDATE[lang] }).click();
  await page.locator('[role="tabpanel"]:not([hidden]) .fui-MessageBar').first().waitFor();
  await visit("validate");

  await page.getByRole("tab", { name: consolidate }).click();
  await visit("consolidate");
}

describe("the task pane at the width Excel gives it, in Chromium", () => {
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  it.each(cases)("cuts nothing off and never scrolls sideways: $lang, $scheme, $width px", async (c) => {
    const pane = await site.open({
      locale: LOCALES[c.lang],
      colorScheme: c.scheme,
      viewport: { width: c.width, height: 900 },
    });
    try {
      const problems: string[] = [];
      await everyTab(pane.page, c.lang, async (name) => {
        for (const problem of await overflow(pane.page)) problems.push(`${name}: ${problem}`);
        if (c.width === 350 && c.lang !== "en")
          await pane.page.screenshot({
            path: join(ARTIFACTS, `pane-${c.lang}-${c.scheme}-${name}.png`),
            fullPage: true,
          });
      });
      expect(problems).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
