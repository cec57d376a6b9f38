/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderPane, templateBytes } from "../support/pane";

describe("Start", () => {
  it("inserts the standardized sheets in Russian and then names the workbook's template", async () => {
    const { user, workbench } = await renderPane("ru");
    expect(await screen.findByText("В этой книге ещё нет листов Adal.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Вставить листы на русском" }));
    expect(await screen.findByText(/^Вставлено листов: 9\./)).toBeTruthy();
    expect(await screen.findByText("Эта книга: шаблон vakr, версия 2, язык: русский.")).toBeTruthy();
    expect(Object.fromEntries((await workbench.readMeta()) ?? [])).toMatchObject({ template: "vakr", lang: "ru" });
    expect(screen.queryByRole("button", { name: "Вставить листы на казахском" })).toBeNull();
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
    expect(await screen.findByText("This workbook: template vakr, version 2, language: Kazakh.")).toBeTruthy();
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
});
