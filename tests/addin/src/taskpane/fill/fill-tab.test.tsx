/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { sampleWorkbook } from "../../../../../workbook-templates/src/sample";
import { renderPane, templateBytes } from "../support/pane";

/** Opens the Fill tab (named in the pane's language) and picks a form there. */
async function openForm(user: UserEvent, [tab, picker, form]: readonly [string, string, string]) {
  await user.click(screen.getByRole("tab", { name: tab }));
  await user.selectOptions(screen.getByRole("combobox", { name: picker }), form);
}

describe("Fill, adding a row", () => {
  it("shows an inline error for a bad BIN, writes nothing, and keeps what was typed", async () => {
    const { user, workbench } = await renderPane("ru", { open: templateBytes("ru") });
    await openForm(user, ["Заполнение", "Что заполнить", "Договоры"]);
    await user.type(screen.getByRole("textbox", { name: "Номер договора" }), "12-К");
    await user.type(screen.getByRole("textbox", { name: "БИН/ИИН контрагента" }), "123456789012");
    await user.tab();
    expect(await screen.findByText(/не сходится контрольная цифра/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Добавить строку" }));
    expect(await screen.findByText(/^Исправьте поле «.+»: ничего не записано\.$/)).toBeTruthy();
    // The focus goes to the first field to correct.
    expect(document.activeElement?.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Номер договора" }).value).toBe("12-К");
    expect((await workbench.readSnapshot()).sheets.find((s) => s.name === "Договоры")?.rows[3]).toBeUndefined();
  });

  it("appends a conflict pair in column order, numbered, with the lists as the workbook's dropdowns hold them", async () => {
    const { user, workbench } = await renderPane("en", { open: templateBytes("kk") });
    await openForm(user, ["Fill", "What to fill in", "Conflicts of interest"]);
    await user.type(screen.getByRole("textbox", { name: "Employee's name" }), "Сейтова Айгүл Маратқызы");
    await user.type(screen.getByRole("textbox", { name: "Employee's position" }), "Директор");
    await user.type(screen.getByRole("textbox", { name: "Relative's name" }), "Сейтов Нұрлан");
    await user.type(screen.getByRole("textbox", { name: "Relative's position" }), "Күзетші");
    await user.selectOptions(screen.getByRole("combobox", { name: "Kinship" }), "Жұбайы");
    await user.selectOptions(screen.getByRole("combobox", { name: "Direct subordination" }), "Иә");
    await user.type(screen.getByRole("textbox", { name: "Measures taken" }), "Басқа бөлімге ауыстырылды");
    await user.click(screen.getByRole("button", { name: "Add the row" }));

    // The entry's number, as its № column shows it; not the sheet's row.
    expect(await screen.findByText('Row 1 added to the sheet "Мүдделер қақтығысы".')).toBeTruthy();
    const sheet = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Мүдделер қақтығысы");
    expect(sheet?.rows[3]).toEqual([
      1,
      "Сейтова Айгүл Маратқызы",
      "Директор",
      "Сейтов Нұрлан",
      "Күзетші",
      "Жұбайы",
      "Иә",
      undefined,
      "Басқа бөлімге ауыстырылды",
    ]);
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Employee's name" }).value).toBe("");
    await user.click(screen.getByRole("button", { name: "Show it" }));
    expect(workbench.selected).toEqual({ sheet: "Мүдделер қақтығысы", address: "A4:I4" });
  });

  it("keeps the typed values when the workbook has no such table, and across tabs", async () => {
    const { user } = await renderPane("en");
    await openForm(user, ["Fill", "What to fill in", "Corruption risks"]);
    await user.type(screen.getByRole("textbox", { name: "Identified corruption risk" }), "Purchases from one supplier");
    // A blank workbook says no language: its lists are offered in Russian.
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Direction" }),
      "7. Заключение договоров с физическими и юридическими лицами",
    );
    await user.type(screen.getByRole("textbox", { name: "Justification" }), "12 of 14 contracts");
    await user.type(screen.getByRole("textbox", { name: "Recommendations" }), "Open tenders");
    await user.selectOptions(screen.getByRole("combobox", { name: "Form of execution" }), "Обучение");
    await user.type(screen.getByRole("textbox", { name: "Responsible" }), "Director");
    await user.type(screen.getByRole("textbox", { name: "Deadline" }), "31.12.2025");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Запланировано");
    await user.click(screen.getByRole("button", { name: "Add the row" }));
    expect(
      await screen.findByText('The workbook has no table "Коррупционные риски": insert the sheets first (Start).'),
    ).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("tab", { name: "Fill" }));
    expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Identified corruption risk" }).value).toBe(
      "Purchases from one supplier",
    );
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Deadline" }).value).toBe("31.12.2025");
  });
});

describe("Fill, the Passport", () => {
  it("reads the Passport, and writes back only the fields changed, as the workbook shows them", async () => {
    const { user, workbench } = await renderPane("ru", { open: await sampleWorkbook(3, { lang: "ru" }) });
    await user.click(screen.getByRole("tab", { name: "Заполнение" }));
    const district = await screen.findByRole<HTMLInputElement>("textbox", { name: "Район или город" });
    expect(district.value).not.toBe("");
    const form = district.closest("form") as HTMLFormElement;
    await user.clear(within(form).getByRole("textbox", { name: "Дата приказа" }));
    await user.type(within(form).getByRole("textbox", { name: "Дата приказа" }), "2025-02-03");
    await user.clear(district);
    await user.type(district, "Сарыарка");
    await user.click(screen.getByRole("button", { name: "Записать в паспорт" }));

    expect(await screen.findByText("В паспорт записано значений: 2.")).toBeTruthy();
    const passport = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Паспорт");
    const valueOf = (key: string) => passport?.rows.find((row) => row?.[0] === key)?.[2];
    expect(valueOf("district")).toBe("Сарыарка");
    expect(valueOf("order_date")).toEqual({ serial: 45691 });
  });

  it("refuses a BIN that is a person's IIN, in the pane's language", async () => {
    const { user } = await renderPane("kk", { open: templateBytes("kk") });
    await user.click(screen.getByRole("tab", { name: "Толтыру" }));
    const bin = await screen.findByRole("textbox", { name: "Ұйымның БСН" });
    await user.type(bin, "900101300123");
    await user.tab();
    expect(await screen.findByText(/жеке тұлғаның ЖСН-і|бақылау цифры/)).toBeTruthy();
  });
});
