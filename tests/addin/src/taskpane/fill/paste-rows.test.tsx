/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { joinBlock } from "../../../../../shared/paste";
import { renderPane, templateBytes } from "../support/pane";

/** Opens Fill's contracts (named in the pane's language) and the paste box there. */
async function openPaste(user: UserEvent, [tab, picker, form, open]: readonly [string, string, string, string]) {
  await user.click(screen.getByRole("tab", { name: tab }));
  await user.selectOptions(screen.getByRole("combobox", { name: picker }), form);
  await user.click(screen.getByRole("button", { name: open }));
}

/** A contract as an accounting program lists it, in the form's column order. */
const contract = (n: number, amount = `${n} 500,00 тг`) => [
  `${n}-К`,
  "14.02.2025",
  `ТОО «Поставщик ${n}»`,
  "050340001235",
  "Канцелярские товары",
  "Из одного источника",
  amount,
  "",
  "",
];

/** The writes the pane makes: each call of a method of the port that changes the workbook. */
function countWrites(workbench: object) {
  const port = workbench as Record<"appendRow" | "appendRows" | "writeCells", (...args: unknown[]) => unknown>;
  const calls: string[] = [];
  for (const method of ["appendRow", "appendRows", "writeCells"] as const) {
    const original = port[method];
    port[method] = (...args: unknown[]) => {
      calls.push(method);
      return original(...args);
    };
  }
  return calls;
}

describe("Fill, pasting contracts", () => {
  it("adds 200 pasted contracts in one write and lists them", async () => {
    const { user, workbench } = await renderPane("kk", { open: templateBytes("kk") });
    const writes = countWrites(workbench);
    await openPaste(user, ["Толтыру", "Не толтырылады", "Шарттар", "Excel-ден немесе 1С-тен жолдарды қою"]);
    await user.click(screen.getByRole("textbox", { name: "Қойылған жолдар" }));
    await user.paste(joinBlock(Array.from({ length: 200 }, (_, i) => contract(i + 1))));

    expect(screen.getByText("Тақырып жолы жоқ: бағандар нысандағы ретпен алынды.")).toBeTruthy();
    const columns = screen.getByRole("list", { name: "Не оқылды" });
    expect(within(columns).getByText("Сомасы, теңге: 200 мән, мысалы «1 500,00 тг»")).toBeTruthy();
    expect(screen.getByText("Оқылған жолдар: 200; қосуға дайын: 200; қатесі бар: 0.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Жазбаларды қосу: 200" }));

    expect(await screen.findByText("«Шарттар» парағына 200 жазба қосылды (№ 1–200).")).toBeTruthy();
    expect(writes).toEqual(["appendRows"]);
    await screen.findByRole("region", { name: "Кестедегі жолдар: 200" });
    const sheet = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Шарттар");
    expect(sheet?.rows[3]?.slice(0, 9)).toEqual([
      1,
      "1-К",
      { serial: 45702 },
      "ТОО «Поставщик 1»",
      "050340001235",
      "Канцелярские товары",
      "Бір көзден алу",
      1500,
      undefined,
    ]);
    expect(sheet?.rows[202]?.[0]).toBe(200);
  });

  it("names a bad amount by its row and column, adds only the good rows and keeps the bad one in the box", async () => {
    const { user, workbench } = await renderPane("ru", { open: templateBytes("ru") });
    await openPaste(user, ["Заполнение", "Что заполнить", "Договоры", "Вставить строки из Excel или 1С"]);
    const box = screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Вставленные строки" });
    await user.click(box);
    await user.paste(joinBlock([contract(1), contract(2), contract(3, "12 абв"), contract(4)]));

    const errors = screen.getByRole("region", { name: "Строки с ошибками (не добавляются)" });
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Строка 3, «Сумма, тенге»: «12 абв» — не число. Введите число, например 93,73."]);
    expect(screen.getByText("Прочитано строк: 4; готовы к добавлению: 3; с ошибками: 1.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Добавить только верные записи: 3" }));

    expect(await screen.findByText(/^На лист «Договоры» добавлено записей: 3 \(№ 1–3\)\./)).toBeTruthy();
    // A text box keeps line breaks as LF.
    expect(box.value).toBe(joinBlock([contract(3, "12 абв")]).replace(/\r\n/g, "\n"));
    const sheet = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Договоры");
    expect([4, 5, 6, 7].map((row) => sheet?.rows[row - 1]?.[1])).toEqual(["1-К", "2-К", "4-К", undefined]);
  });

  it("recognises a header row in Russian, skips it and takes the columns by their names", async () => {
    const { user, workbench } = await renderPane("ru", { open: templateBytes("ru") });
    await openPaste(user, ["Заполнение", "Что заполнить", "Договоры", "Вставить строки из Excel или 1С"]);
    const header = ["Контрагент", "Номер договора", "Дата договора", "БИН/ИИН контрагента", "Предмет договора"];
    const more = ["Способ закупки", "Сумма, тенге", "Ответственный"];
    const row = ["ИП Бекова", "7-К", "45800", "050340001235", "Мел", "Запрос ценовых предложений", "99 000", "Иванова"];
    await user.click(screen.getByRole("textbox", { name: "Вставленные строки" }));
    await user.paste(joinBlock([[...header, ...more], row]));

    expect(screen.getByText("Первая строка — заголовки: столбцы сопоставлены по названиям.")).toBeTruthy();
    const columns = within(screen.getByRole("list", { name: "Что прочитано" })).getAllByRole("listitem");
    expect(columns.map((item) => item.textContent)).toEqual([
      "Контрагент: значений 1, например «ИП Бекова»",
      "Номер договора: значений 1, например «7-К»",
      "Дата договора: значений 1, например «45800»",
      "БИН/ИИН контрагента: значений 1, например «050340001235»",
      "Предмет договора: значений 1, например «Мел»",
      "Способ закупки: значений 1, например «Запрос ценовых предложений»",
      "Сумма, тенге: значений 1, например «99 000»",
      "Столбец 8 «Ответственный»: в форме такого нет, значений не прочитано: 1",
    ]);
    await user.click(screen.getByRole("button", { name: "Добавить записи: 1" }));

    expect(await screen.findByText(/^На лист «Договоры» добавлено записей: 1 \(№ 1–1\)\.$/)).toBeTruthy();
    const sheet = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Договоры");
    expect(sheet?.rows[3]?.slice(0, 8)).toEqual([
      1,
      "7-К",
      { serial: 45800 },
      "ИП Бекова",
      "050340001235",
      "Мел",
      "Запрос ценовых предложений",
      99000,
    ]);
  });

  it("says once that a required column is missing from the block, and adds none of its rows", async () => {
    const { user, workbench } = await renderPane("kk", { open: templateBytes("kk") });
    const writes = countWrites(workbench);
    await openPaste(user, ["Толтыру", "Не толтырылады", "Шарттар", "Excel-ден немесе 1С-тен жолдарды қою"]);
    await user.click(screen.getByRole("textbox", { name: "Қойылған жолдар" }));
    const header = ["Шарт нөмірі", "Өнім беруші (контрагент)", "Контрагенттің БСН/ЖСН", "Шарттың мәні"];
    const rows = [1, 2].map((n) => [`${n}-К`, "ЖШС «Әлем»", "050340001235", "Бор"]);
    await user.paste(
      joinBlock([[...header, "Сатып алу тәсілі", "Сомасы, теңге"], ...rows.map((r) => [...r, "Аукцион", "100"])]),
    );

    const columns = screen.getByRole("list", { name: "Не оқылды" });
    expect(within(columns).getByText("Шарт күні: бұл баған қойылған жолдарда жоқ, ал ол міндетті")).toBeTruthy();
    const errors = screen.getByRole("region", { name: "Қатесі бар жолдар (қосылмайды)" });
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["2-жол, «Шарт күні»: Толтырыңыз.", "3-жол, «Шарт күні»: Толтырыңыз."]);
    expect(screen.queryByRole("button", { name: /^Жазбаларды қосу/ })).toBeNull();
    expect(writes).toEqual([]);
  });
});
