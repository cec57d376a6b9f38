/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderPane } from "./support/pane";
import { CONTRACT_VERSION } from "../../../../shared/forms";

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

describe("the task pane in an older Excel", () => {
  it("says which tab needs a newer Excel and what to do instead, in the pane's language", async () => {
    const supports = (version: string) => Number(version.split(".")[1]) <= 8;
    const { user } = await renderPane("kk", { host: { supports } });
    await user.click(screen.getByRole("tab", { name: "Тексеру" }));
    expect(screen.getByRole("tabpanel").textContent).toContain(
      "«Тексеру» бөліміне Excel-дің жаңарақ нұсқасы қажет (ExcelApi 1.9)",
    );
    expect(screen.getByRole("tabpanel").textContent).toContain("adal validate");
    expect(screen.queryByRole("button", { name: "Жұмыс кітабын тексеру" })).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Толтыру" }));
    expect(screen.getByRole("tabpanel").textContent).not.toContain("ExcelApi");
  });
});

describe("the About panel", () => {
  it("shows Adal's and Excel's versions, the API sets found and the language, and copies them as text", async () => {
    const supports = (version: string) => Number(version.split(".")[1]) <= 12;
    const { user } = await renderPane("en", { host: { supports } });
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByText("About"));
    await user.click(screen.getByRole("button", { name: "Copy as text" }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(/^Adal version: Adal \d+\.\d+\.\d+$/m);
    expect(text).toContain(`Contract version: ${CONTRACT_VERSION}`);
    expect(text).toContain("Host: Excel\nPlatform: PC\nOffice version: 16.0.19029.20000");
    expect(text).toContain("API sets: ExcelApi 1.1–1.12");
    expect(text).toContain("Display language: ru-RU");
    expect(await screen.findByText("Copied.")).toBeTruthy();
  });
});
