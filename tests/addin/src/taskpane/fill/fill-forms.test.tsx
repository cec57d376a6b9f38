/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { sampleWorkbook } from "../../../../../workbook-templates/src/sample";
import type { Workbench } from "../../../../../addin/src/workbench/workbench";
import { renderPane, templateBytes } from "../support/pane";

/** Opens the Fill tab (named in the pane's language) and picks a form there. */
async function openForm(user: UserEvent, [tab, picker, form]: readonly [string, string, string]) {
  await user.click(screen.getByRole("tab", { name: tab }));
  await user.selectOptions(screen.getByRole("combobox", { name: picker }), form);
}

/** A sheet's row (1-based) as the workbench holds it. */
async function sheetRow(workbench: Workbench, sheet: string, row: number): Promise<readonly unknown[] | undefined> {
  return (await workbench.readSnapshot()).sheets.find((s) => s.name === sheet)?.rows[row - 1];
}

describe("Fill applies the row's rules as Validate does", () => {
  it("refuses a pair in direct subordination without measures, names the field and moves the focus to it", async () => {
    const { user, workbench } = await renderPane("ru", { open: templateBytes("ru") });
    await openForm(user, ["Заполнение", "Что заполнить", "Конфликт интересов"]);
    await user.type(screen.getByRole("textbox", { name: "ФИО работника" }), "Ахметова Гульнар Сериковна");
    await user.type(screen.getByRole("textbox", { name: "Должность работника" }), "Заместитель директора");
    await user.type(screen.getByRole("textbox", { name: "ФИО родственника" }), "Ахметов Серик");
    await user.type(screen.getByRole("textbox", { name: "Должность родственника" }), "Учитель физики");
    await user.selectOptions(screen.getByRole("combobox", { name: "Степень родства" }), "Супруг(а)");
    await user.selectOptions(screen.getByRole("combobox", { name: "Прямая подчинённость" }), "Да");
    await user.click(screen.getByRole("button", { name: "Добавить строку" }));

    expect(
      await screen.findByText("Исправьте поле «Принятые меры по урегулированию»: ничего не записано."),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Принятые меры по урегулированию" }));
    expect(await sheetRow(workbench, "Конфликт интересов", 4)).toBeUndefined();
  });

  it("says nothing when the user tabs past an empty required field", async () => {
    const { user } = await renderPane("kk", { open: templateBytes("kk") });
    await openForm(user, ["Толтыру", "Не толтырылады", "Шарттар"]);
    await user.click(screen.getByRole("textbox", { name: "Шарт нөмірі" }));
    await user.tab();
    expect(screen.queryByText("Толтырыңыз.")).toBeNull();
  });
});

describe("Fill, the staffing table and public services", () => {
  it("adds staffing rows and shows their totals and the turnover", async () => {
    const { user } = await renderPane("ru", { open: templateBytes("ru") });
    await openForm(user, ["Заполнение", "Что заполнить", "Штатное расписание"]);
    for (const [position, dismissed] of [
      ["Учитель", "1"],
      ["Бухгалтер", "0"],
    ] as const) {
      await user.type(screen.getByRole("textbox", { name: "Должность" }), position);
      const category = screen.getByRole<HTMLSelectElement>("combobox", { name: "Категория" });
      await user.selectOptions(category, category.options[1]!.value);
      await user.type(screen.getByRole("textbox", { name: "Штатные единицы" }), "1,5");
      await user.type(screen.getByRole("textbox", { name: "Фактически работают" }), "1");
      await user.type(screen.getByRole("textbox", { name: "Принято за период" }), "1");
      await user.type(screen.getByRole("textbox", { name: "Уволено за период" }), dismissed);
      await user.click(screen.getByRole("button", { name: "Добавить строку" }));
      await screen.findByText(/^На лист «Штатное расписание» добавлена строка \d\.$/);
    }
    const rows = await screen.findByRole("region", { name: "Строк в таблице: 2" });
    expect(
      within(rows).getByText("Всего: 3 шт. ед., работают 2 чел.; принято 2, уволено 1; текучесть кадров 50 %."),
    ).toBeTruthy();
  });

  it("computes a service's total as the sheet does, and refuses more late than the total", async () => {
    const { user } = await renderPane("kk", { open: templateBytes("kk") });
    await openForm(user, ["Толтыру", "Не толтырылады", "Мемлекеттік қызметтер"]);
    await user.type(screen.getByRole("textbox", { name: "«Электрондық үкімет» порталы арқылы" }), "3");
    await user.type(screen.getByRole("textbox", { name: "Ақпараттық жүйе арқылы" }), "4");
    await user.type(screen.getByRole("textbox", { name: "Қағаз түрінде немесе жеке келгенде" }), "5");
    expect(screen.getByText("Барлығы: 12 (кестеде есептеледі)")).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Мерзімі бұзылғандары" }), "13");
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Мерзімі бұзылғандары" }).getAttribute("aria-invalid")).toBe("true");
  });
});

describe("Fill, the rows already entered", () => {
  it("lists a table's rows, edits one in place and deletes another after asking", async () => {
    const { user, workbench } = await renderPane("ru", { open: await sampleWorkbook(3, { lang: "ru" }) });
    await openForm(user, ["Заполнение", "Что заполнить", "Конфликт интересов"]);
    const list = await screen.findByRole("region", { name: /^Строк в таблице: \d+$/ });
    const count = Number(/\d+$/.exec(list.getAttribute("aria-label") ?? "")?.[0]);
    expect(count).toBeGreaterThan(1);

    await user.click(within(list).getByRole("button", { name: "Изменить строку 1" }));
    const name = screen.getByRole<HTMLInputElement>("textbox", { name: "ФИО работника" });
    expect(name.value).not.toBe("");
    await user.clear(name);
    await user.type(name, "Исправленная Фамилия И.О.");
    await user.click(screen.getByRole("button", { name: "Сохранить строку 1" }));
    expect(await screen.findByText("Строка 1 на листе «Конфликт интересов» сохранена.")).toBeTruthy();
    expect((await sheetRow(workbench, "Конфликт интересов", 4))?.[1]).toBe("Исправленная Фамилия И.О.");

    await user.click(within(list).getByRole("button", { name: "Удалить строку 2" }));
    expect((await sheetRow(workbench, "Конфликт интересов", 5))?.[1]).toBeTruthy();
    await user.click(within(list).getByRole("button", { name: "Да, удалить строку 2" }));
    await screen.findByRole("region", { name: `Строк в таблице: ${count - 1}` });
    const cleared = await sheetRow(workbench, "Конфликт интересов", 5);
    expect((cleared ?? []).every((value) => value === null || value === undefined || value === "")).toBe(true);
  });

  it("follows a change made in the sheet to the row being edited, and asks where the user was typing", async () => {
    const { user, workbench } = await renderPane("kk", { open: await sampleWorkbook(3, { lang: "kk" }) });
    await openForm(user, ["Толтыру", "Не толтырылады", "Мүдделер қақтығысы"]);
    const list = await screen.findByRole("region", { name: /^Кестедегі жолдар: \d+$/ });
    await user.click(within(list).getByRole("button", { name: "1-жолды түзету" }));
    const name = screen.getByRole<HTMLInputElement>("textbox", { name: "Қызметкердің аты-жөні" });
    const position = screen.getByRole<HTMLInputElement>("textbox", { name: "Қызметкердің лауазымы" });
    await user.clear(name);
    await user.type(name, "Сейтова Ә.Б.");

    // In the sheet meanwhile: the position (not typed in the pane) and the name (typed) of the same row.
    await act(() =>
      workbench.writeCells([
        { sheet: "Мүдделер қақтығысы", address: "C4", value: "Директордың орынбасары" },
        { sheet: "Мүдделер қақтығысы", address: "B4", value: "Ахметова Г.С." },
      ]),
    );
    expect(await screen.findByDisplayValue("Директордың орынбасары")).toBe(position);
    expect(
      await screen.findByText("Сіз терген кезде кітапта «Қызметкердің аты-жөні» өзгерді. Қайсысы қалсын?"),
    ).toBeTruthy();
    expect(name.value).toBe("Сейтова Ә.Б.");
    await user.click(screen.getByRole("button", { name: "Менің енгізгенім" }));
    expect(screen.queryByText(/Сіз терген кезде/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "1-жолды сақтау" }));
    await screen.findByText("«Мүдделер қақтығысы» парағындағы 1-жол сақталды.");
    expect((await sheetRow(workbench, "Мүдделер қақтығысы", 4))?.slice(1, 3)).toEqual([
      "Сейтова Ә.Б.",
      "Директордың орынбасары",
    ]);
  });

  it("says at the top that a workbook without the sheets has nothing to fill", async () => {
    const { user } = await renderPane("ru");
    await user.click(screen.getByRole("tab", { name: "Заполнение" }));
    expect(
      await screen.findByText("В этой книге нет листов Adal: сначала вставьте их на вкладке «Начало»."),
    ).toBeTruthy();
  });
});

describe("Fill, the nine directions", () => {
  it("answers a direction, writes it, and offers to add the risk it found", async () => {
    const { user, workbench } = await renderPane("kk", { open: templateBytes("kk") });
    await openForm(user, ["Толтыру", "Не толтырылады", "Талдау бағыттары"]);
    const sections = await screen.findAllByRole("region", { name: /^\d\. / });
    expect(sections).toHaveLength(9);
    const first = sections[0]!;
    await user.selectOptions(within(first).getByRole("combobox", { name: "Талданды" }), "Иә");
    await user.selectOptions(within(first).getByRole("combobox", { name: "Тәуекелдер анықталды" }), "Иә");
    await user.type(within(first).getByRole("textbox", { name: "Қорытынды" }), "Тәуекелдер анықталды");
    await user.click(screen.getByRole("button", { name: "Бағыттарды жазу" }));
    expect(await screen.findByText("Жазылған мәндер саны: 3.")).toBeTruthy();
    const row = await sheetRow(workbench, "Талдау бағыттары", 4);
    expect(row).toEqual(expect.arrayContaining(["Иә", "Тәуекелдер анықталды"]));

    await user.click(within(first).getByRole("button", { name: "Осы бағыт бойынша тәуекелді қосу" }));
    const direction = screen.getByRole<HTMLSelectElement>("combobox", { name: "Талдау бағыты" });
    expect(direction.value).toMatch(/^1\. /);
  });
});

describe("Fill, the nine directions kept fresh", () => {
  it("shows a change made in the sheet where the user is not typing, and asks which value stays where they are", async () => {
    const { user, workbench } = await renderPane("kk", { open: templateBytes("kk") });
    await openForm(user, ["Толтыру", "Не толтырылады", "Талдау бағыттары"]);
    const [first, second] = await screen.findAllByRole("region", { name: /^\d\. / });
    const conclusion = within(first!).getByRole<HTMLTextAreaElement>("textbox", { name: "Қорытынды" });
    await user.type(conclusion, "Тәуекел жоқ");

    // In the sheet meanwhile: the first direction's conclusion (typed in the pane) and the second's answer (not).
    await act(() =>
      workbench.writeCells([
        { sheet: "Талдау бағыттары", address: "E4", value: "Тәуекелдер анықталды" },
        { sheet: "Талдау бағыттары", address: "C5", value: "Иә" },
      ]),
    );
    expect(await within(second!).findByDisplayValue("Иә")).toBe(
      within(second!).getByRole("combobox", { name: "Талданды" }),
    );
    expect(await screen.findByText("Сіз терген кезде кітапта «1. Қорытынды» өзгерді. Қайсысы қалсын?")).toBeTruthy();
    expect(conclusion.value).toBe("Тәуекел жоқ");
    await user.click(screen.getByRole("button", { name: "Менің енгізгенім" }));
    expect(screen.queryByText(/Сіз терген кезде/)).toBeNull();

    await user.click(screen.getByRole("button", { name: "Бағыттарды жазу" }));
    expect(await screen.findByText("Жазылған мәндер саны: 1.")).toBeTruthy();
    expect((await sheetRow(workbench, "Талдау бағыттары", 4))?.[4]).toBe("Тәуекел жоқ");
    expect((await sheetRow(workbench, "Талдау бағыттары", 5))?.[2]).toBe("Иә");
  });
});

describe("Fill, the Passport kept fresh", () => {
  it("reads the workbook again when shown, and asks before discarding what was typed", async () => {
    const { user, workbench } = await renderPane("ru", { open: await sampleWorkbook(3, { lang: "ru" }) });
    await user.click(screen.getByRole("tab", { name: "Заполнение" }));
    const district = await screen.findByRole<HTMLInputElement>("textbox", { name: "Район или город" });
    const address = (await workbench.readSnapshot()).sheets
      .find((s) => s.name === "Паспорт")
      ?.rows.findIndex((row) => row?.[0] === "district");
    await user.click(screen.getByRole("tab", { name: "Проверка" }));
    await act(() => workbench.writeCells([{ sheet: "Паспорт", address: `C${(address ?? 0) + 1}`, value: "Алматы" }]));
    await user.click(screen.getByRole("tab", { name: "Заполнение" }));
    await screen.findByDisplayValue("Алматы");

    await user.clear(district);
    await user.type(district, "Есиль");
    await user.click(screen.getByRole("button", { name: "Прочитать из книги" }));
    expect(district.value).toBe("Есиль");
    await user.click(screen.getByRole("button", { name: "Да, отбросить введённое и прочитать из книги" }));
    expect(await screen.findByDisplayValue("Алматы")).toBe(district);
  });

  it("shows a change made in the sheet while Fill is open, and asks which value stays where the user was typing", async () => {
    const { user, workbench } = await renderPane("ru", { open: await sampleWorkbook(3, { lang: "ru" }) });
    await user.click(screen.getByRole("tab", { name: "Заполнение" }));
    const district = await screen.findByRole<HTMLInputElement>("textbox", { name: "Район или город" });
    const place = await screen.findByRole<HTMLInputElement>("textbox", { name: "Населённый пункт" });
    const rows = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Паспорт")?.rows ?? [];
    const cellOf = (key: string) => `C${rows.findIndex((row) => row?.[0] === key) + 1}`;

    // Untouched in the pane, the field shows what was typed into the sheet.
    await act(() => workbench.writeCells([{ sheet: "Паспорт", address: cellOf("place"), value: "г. Косшы" }]));
    expect(await screen.findByDisplayValue("г. Косшы")).toBe(place);

    // Typed in the pane and changed in the sheet: the typing stays until the user says.
    await user.clear(district);
    await user.type(district, "Есиль");
    await act(() => workbench.writeCells([{ sheet: "Паспорт", address: cellOf("district"), value: "Алматы" }]));
    expect(
      await screen.findByText("Пока вы вводили, в книге изменились «Район или город». Что оставить?"),
    ).toBeTruthy();
    expect(district.value).toBe("Есиль");
    await user.click(screen.getByRole("button", { name: "Из книги" }));
    expect(district.value).toBe("Алматы");
    expect(screen.queryByText(/Пока вы вводили/)).toBeNull();
  });

  it("keeps what the user typed when they say so, in Kazakh", async () => {
    const { user, workbench } = await renderPane("kk", { open: await sampleWorkbook(3, { lang: "kk" }) });
    await user.click(screen.getByRole("tab", { name: "Толтыру" }));
    const head = await screen.findByRole<HTMLInputElement>("textbox", { name: "Басшының аты-жөні" });
    const rows = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Төлқұжат")?.rows ?? [];
    const address = `C${rows.findIndex((row) => row?.[0] === "head_name") + 1}`;
    await user.clear(head);
    await user.type(head, "Сейтова Ә.Б.");
    await act(() => workbench.writeCells([{ sheet: "Төлқұжат", address, value: "Ахметов Н.С." }]));
    await user.click(await screen.findByRole("button", { name: "Менің енгізгенім" }));
    expect(head.value).toBe("Сейтова Ә.Б.");
    await user.click(screen.getByRole("button", { name: "Төлқұжатқа жазу" }));
    expect(await screen.findByText("Төлқұжатқа жазылған мәндер саны: 1.")).toBeTruthy();
    const written = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Төлқұжат")?.rows;
    expect(written?.find((row) => row?.[0] === "head_name")?.[2]).toBe("Сейтова Ә.Б.");
  });
});
