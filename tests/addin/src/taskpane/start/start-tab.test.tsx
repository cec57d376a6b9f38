/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { App } from "../../../../../addin/src/taskpane/app";
import { Workbench } from "../../../../../addin/src/workbench/workbench";
import { renderPane, templateBytes, testServices } from "../support/pane";

describe("Start", () => {
  it("inserts the standardized sheets in Russian and then names the workbook's template", async () => {
    const { user, workbench } = await renderPane("ru");
    expect(await screen.findByText("В этой книге ещё нет листов Adal.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Вставить листы на русском" }));
    expect(await screen.findByText(/^Вставлено листов: 9\./)).toBeTruthy();
    expect(await screen.findByText("В этой книге есть листы Adal, язык: русский.")).toBeTruthy();
    expect(Object.fromEntries((await workbench.readMeta()) ?? [])).toMatchObject({ template: "vakr", lang: "ru" });
    expect(screen.queryByRole("button", { name: "Вставить листы на казахском" })).toBeNull();
  });

  it("names, after inserting, each dropdown whose list does not resolve, by sheet and column", async () => {
    const { user, workbench } = await renderPane("ru");
    // The workbench keeps no data validations: here it reports the contracts' dropdowns as Excel would.
    workbench.brokenDropdowns = async (cells) => cells.filter((cell) => cell.sheet === "Договоры");
    await user.click(await screen.findByRole("button", { name: "Вставить листы на русском" }));
    expect(
      await screen.findByText(
        /После вставки не удалось исправить: список столбца «Способ закупки» на листе «Договоры»; список столбца «Источник финансирования» на листе «Договоры»\./,
      ),
    ).toBeTruthy();
  });

  it("opens a new workbook from the template as its main path", async () => {
    const { user, workbench } = await renderPane("en");
    await user.click(screen.getByRole("button", { name: "New workbook from the template (Kazakh)" }));
    expect(await screen.findByText(/A new workbook was opened/)).toBeTruthy();
    expect(Object.fromEntries((await workbench.readMeta()) ?? [])).toMatchObject({ template: "vakr", lang: "kk" });
  });

  it("refuses to insert the sheets where the workbook already has one of their names, and says why", async () => {
    const { user, workbench } = await renderPane("en");
    await workbench.insertSheets(templateBytes("ru").toString("base64"));
    await workbench.writeMeta([["template", ""]]);
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("tab", { name: "Start" }));
    await user.click(await screen.findByRole("button", { name: "Insert in Russian" }));
    expect(await screen.findByText(/already has Adal's names \(Паспорт, .*_lists, _meta, Passport/)).toBeTruthy();
    expect((await workbench.readSnapshot()).sheets).toHaveLength(10);
  });

  it("names the template of a workbook that already has the sheets, and offers no second copy", async () => {
    await renderPane("en", { open: templateBytes("kk") });
    expect(await screen.findByText("This workbook has the Adal sheets, in Kazakh.")).toBeTruthy();
    expect(screen.getByText(/The sheets are already here/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Insert in Kazakh" })).toBeNull();
  });

  it("says what to do instead where Excel lacks ExcelApi 1.13", async () => {
    const { user } = await renderPane("en", { options: { canInsertSheets: false } });
    await user.click(await screen.findByRole("button", { name: "Insert in Kazakh" }));
    expect(await screen.findByText(/cannot insert sheets from a file \(it needs ExcelApi 1\.13\)/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download the template: vakr-kk.xlsx" }).getAttribute("href")).toBe(
      "templates/vakr-kk.xlsx",
    );
  });

  it("guides in four steps, the next one marked, with no internal names", async () => {
    const { user } = await renderPane("kk");
    const steps = within(await screen.findByRole("list", { name: "Жұмыс тәртібі" })).getAllByRole("listitem");
    expect(steps).toHaveLength(4);
    expect(steps[0]?.getAttribute("aria-current")).toBe("step");
    await user.click(screen.getByRole("button", { name: "Парақтарды қазақша қосу" }));
    await screen.findByText("Бұл кітапта Adal парақтары бар, тілі: қазақ тілі.");
    expect(steps[1]?.getAttribute("aria-current")).toBe("step");
    expect(document.body.textContent).not.toMatch(/vakr,|нұсқа,/);
  });
});

describe("The pane's language", () => {
  it("opens next time in the language the user chose", async () => {
    const first = await renderPane("ru");
    await first.user.selectOptions(screen.getByRole("combobox", { name: "Язык" }), "kk");
    first.unmount();
    // Not through renderPane, which starts afresh.
    render(<App services={testServices(new Workbench())} lang="ru" dark={false} />);
    expect(screen.getByRole("tab", { name: "Толтыру" })).toBeTruthy();
  });
});
