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
