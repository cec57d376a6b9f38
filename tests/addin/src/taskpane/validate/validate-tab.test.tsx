/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { sampleWorkbook } from "../../../../../workbook-templates/src/sample";
import { WorkbookFault } from "../../../../../addin/src/port/workbook-fault";
import { renderPane, templateBytes } from "../support/pane";

/** A ready Russian workbook with one conflict pair added in direct subordination and no measures. */
async function workbookWithoutMeasures() {
  const view = await renderPane("ru", { open: await sampleWorkbook(7, { lang: "ru" }) });
  const added = await view.workbench.appendRow("Conflicts", [
    99,
    "Ахметова Гульнар Сериковна",
    "Заместитель директора",
    "Ахметов Серик",
    "Учитель физики",
    "Супруг(а)",
    "Да",
    "Директор Иванова А.А.",
  ]);
  if (!added.ok) throw new Error(added.reason);
  return { ...view, row: added.row };
}

describe("Validate", () => {
  it("counts the errors and lists each under its sheet, in the language the user picked", async () => {
    const { user, row } = await workbookWithoutMeasures();
    await user.click(screen.getByRole("tab", { name: "Проверка" }));
    await user.click(screen.getByRole("button", { name: "Проверить книгу" }));
    expect(await screen.findByText("Пока не готово: исправьте ошибки")).toBeTruthy();
    expect(screen.getByText("Ошибок: 1. Предупреждений: 0.")).toBeTruthy();
    const sheet = screen.getByRole("region", { name: "Конфликт интересов" });
    expect(within(sheet).getByRole("button", { name: new RegExp(`^I${row} Ошибка:`) })).toBeTruthy();

    await user.selectOptions(screen.getByRole("combobox", { name: "Язык" }), "Қазақша");
    expect(
      within(sheet).getByRole("button", {
        name: new RegExp(`^I${row} Қате: Туысы тікелей бағынысты: мүдделер қақтығысын реттеу`),
      }),
    ).toBeTruthy();
  });

  it("goes to a finding's cell when it is clicked, and marks the findings' cells in the workbook", async () => {
    const { user, workbench, row } = await workbookWithoutMeasures();
    await user.click(screen.getByRole("tab", { name: "Проверка" }));
    await user.click(screen.getByRole("button", { name: "Проверить книгу" }));
    await user.click(await screen.findByRole("button", { name: new RegExp(`^I${row} `) }));
    expect(workbench.selected).toEqual({ sheet: "Конфликт интересов", address: `I${row}` });
    expect(workbench.highlights).toEqual([{ sheet: "Конфликт интересов", address: `I${row}`, severity: "error" }]);
  });

  it("sends a finding about a whole table to the table's first row, in Kazakh", async () => {
    const { user, workbench } = await renderPane("kk", { open: templateBytes("kk") });
    await user.click(screen.getByRole("tab", { name: "Тексеру" }));
    await user.click(screen.getByRole("button", { name: "Жұмыс кітабын тексеру" }));
    const staffing = await screen.findByRole("region", { name: /^Штат кестесі/ });
    await user.click(within(staffing).getByRole("button", { name: /^B4 Қате: Кесте бос/ }));
    expect(workbench.selected).toEqual({ sheet: "Штат кестесі", address: "B4" });
    expect(workbench.highlights).toContainEqual({ sheet: "Штат кестесі", address: "B4", severity: "error" });
  });

  it("stamps a workbook without errors and suggests the name to send it under", async () => {
    const { user, workbench } = await renderPane("en", { open: await sampleWorkbook(7, { lang: "ru" }) });
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("button", { name: "Validate the workbook" }));
    expect(await screen.findByText("Ready to send")).toBeTruthy();
    expect(screen.getByText(/The validation stamp is written into the workbook/)).toBeTruthy();
    const meta = (await workbench.readMeta()) ?? new Map<string, string>();
    expect(meta.get("stamp.hash")).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.get("stamp.tool")).toMatch(/^Adal \d+\.\d+\.\d+$/);
    expect(screen.getByText(/^\d{12}_[\d_-]+_[\p{L}\d-]+\.xlsx$/u)).toBeTruthy();
  });

  it("asks the user to finish editing the cell, in the pane's language, where Excel cannot wait", async () => {
    const { user, workbench } = await renderPane("kk");
    workbench.readSnapshot = () => Promise.reject(new WorkbookFault("cell_editing"));
    await user.click(screen.getByRole("tab", { name: "Тексеру" }));
    await user.click(screen.getByRole("button", { name: "Жұмыс кітабын тексеру" }));
    expect(await screen.findByText(/^Алдымен ұяшықты өңдеуді аяқтаңыз/)).toBeTruthy();
  });

  it("says once where earlier highlights were left, as a rule of the user's could not be read", async () => {
    const { user, workbench } = await renderPane("en");
    workbench.highlight = async () => ({ unread: ["Contracts"] });
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("button", { name: "Validate the workbook" }));
    expect(await screen.findAllByText(/^Earlier highlights were left on these sheets.*: Contracts\.$/)).toHaveLength(1);
  });

  it("says the verdict is stale once the workbook changes, not when the check writes its stamp", async () => {
    const { user, workbench } = await renderPane("kk", { open: await sampleWorkbook(7, { lang: "kk" }) });
    await user.click(screen.getByRole("tab", { name: "Тексеру" }));
    await user.click(screen.getByRole("button", { name: "Жұмыс кітабын тексеру" }));
    expect(await screen.findByText("Жіберуге дайын")).toBeTruthy();
    await act(() => workbench.writeCells([{ sheet: "Төлқұжат", address: "C9", value: "Астана" }]));
    expect(screen.getByText("Тексеруден кейін кітап өзгерді: қайта тексеріңіз.")).toBeTruthy();
    expect(screen.queryByText("Жіберуге дайын")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Жұмыс кітабын тексеру" }));
    expect(await screen.findByText("Жіберуге дайын")).toBeTruthy();
  });

  it("groups the same finding on many rows, errors first, with counts per sheet and an errors-only switch", async () => {
    const { user } = await renderPane("ru", { open: templateBytes("ru") });
    await user.click(screen.getByRole("tab", { name: "Проверка" }));
    await user.click(screen.getByRole("button", { name: "Проверить книгу" }));
    const directions = await screen.findByRole("region", { name: "Направления анализа" });
    expect(within(directions).getByText("ошибок: 27, предупреждений: 0")).toBeTruthy();
    expect(within(directions).getAllByText(/^В 9 строках: /)).toHaveLength(3);
    await user.click(within(directions).getAllByRole("button", { name: "D12" })[0]!);
    expect(screen.getByRole("region", { name: "Паспорт" })).toBeTruthy();

    const passport = screen.getByRole("region", { name: "Паспорт" });
    const items = within(passport)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    const firstWarning = items.findIndex((text) => text.includes("Предупреждение"));
    expect(firstWarning).toBeGreaterThan(-1);
    expect(items.slice(firstWarning).every((text) => text.includes("Предупреждение"))).toBe(true);
    await user.click(screen.getByRole("switch", { name: "Только ошибки" }));
    expect(within(screen.getByRole("region", { name: "Паспорт" })).queryByText("Предупреждение:")).toBeNull();
  });
});
