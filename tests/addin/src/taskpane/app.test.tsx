/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderPane } from "./support/pane";

describe("the task pane", () => {
  it("speaks the language it starts in, and another once the user picks it", async () => {
    const { user } = await renderPane("ru");
    expect(screen.getByRole("tab", { name: "Проверка" })).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Язык" }), "Қазақша");
    expect(screen.getByRole("tab", { name: "Тексеру" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Тіл" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Проверка" })).toBeNull();
  });

  it("shows one tab's panel at a time", async () => {
    const { user } = await renderPane("en");
    expect(screen.getByRole("tabpanel").id).toBe("panel-start");
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    expect(screen.getByRole("tabpanel").id).toBe("panel-validate");
    expect(screen.getByRole("button", { name: "Validate the workbook" })).toBeTruthy();
  });
});
