/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { writeXlsx } from "../../../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../../../workbook-templates/src/filled-spec";
import { sampleOrg, sampleWorkbook } from "../../../../../workbook-templates/src/sample";
import { renderPane } from "../support/pane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const workbookFile = async (seed: number, lang: "kk" | "ru", name: string) =>
  new File([(await sampleWorkbook(seed, { lang })) as Uint8Array<ArrayBuffer>], name, { type: XLSX });

describe("Consolidate", () => {
  it("checks the received files, shows the ledger, and inserts the summary as new sheets", async () => {
    const { user, workbench } = await renderPane("en");
    const files = [
      await workbookFile(11, "kk", "school-11.xlsx"),
      await workbookFile(12, "ru", "school-12.xlsx"),
      new File(["a;b\n1;2"], "notes.xlsx", { type: XLSX }),
    ];
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    await user.upload(screen.getByLabelText("Received workbooks (.xlsx)"), files);
    expect(screen.getByText("Files chosen: 3")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Make the summary" }));

    expect(
      await screen.findByText("Accepted: 2. Rejected: 1. Superseded: 0. Missing: 0.", {}, { timeout: 60_000 }),
    ).toBeTruthy();
    const ledger = screen.getByRole("region", { name: "Files" });
    expect(
      within(ledger)
        .getAllByRole("listitem")
        .map((item) => item.textContent?.split(" ")[0]),
    ).toEqual(["notes.xlsx", "school-11.xlsx", "school-12.xlsx"]);
    expect(within(ledger).getByText(/CSV/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download the summary" }).getAttribute("download")).toMatch(/^summary-/);

    await user.click(screen.getByRole("button", { name: "Insert the summary as new sheets" }));
    expect(await screen.findByText(/^Sheets inserted: \d+\./)).toBeTruthy();
    const tables = (await workbench.readSnapshot()).sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining(["Orgs", "Intake", "Meta"]));

    const link = screen.getByRole("link", { name: "Download the summary" });
    link.addEventListener("click", (event) => event.preventDefault()); // jsdom does not download
    await user.click(link);
    expect(screen.getByText(/^If the download did not start/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Open the summary as a new workbook" }));
    expect(await screen.findByText("The summary was opened as a new workbook.")).toBeTruthy();
    const opened = (await workbench.readSnapshot()).sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(opened).not.toContain("Contracts");
    expect(opened).toContain("Orgs");
  });

  it("names the roster's organizations that sent nothing, in the summary language chosen", async () => {
    const { user, workbench } = await renderPane("ru");
    const roster = await writeXlsx(
      filledSpec("roster", "ru", {
        Roster: [
          { bin: sampleOrg(11, { lang: "kk" }).bin, org_name: "Школа № 11" },
          { bin: "040540000014", org_name: "Ясли-сад «Ақбота»" },
        ],
      }),
    );
    await user.click(screen.getByRole("tab", { name: "Свод" }));
    await user.upload(screen.getByLabelText("Полученные книги (.xlsx)"), [
      await workbookFile(11, "kk", "school-11.xlsx"),
    ]);
    await user.upload(
      screen.getByLabelText("Список организаций (необязательно)"),
      new File([roster as Uint8Array<ArrayBuffer>], "roster.xlsx", { type: XLSX }),
    );
    await user.selectOptions(screen.getByLabelText("Язык свода"), "ru");
    await user.click(screen.getByRole("button", { name: "Составить свод" }));

    expect(await screen.findByText(/Принято: 1\. .* Не сдали: 1\./, {}, { timeout: 60_000 })).toBeTruthy();
    const missing = screen.getByRole("region", { name: "Не сдали" });
    expect(within(missing).getByRole("listitem").textContent).toBe("040540000014 Ясли-сад «Ақбота»");
    await user.click(screen.getByRole("button", { name: "Вставить свод новыми листами" }));
    expect(await screen.findByText(/^Вставлено листов: \d+\./, {}, { timeout: 30_000 })).toBeTruthy();
    const sheets = (await workbench.readSnapshot()).sheets.map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["Организации", "Не сдали"]));
  });

  it("says the roster cannot be used, and consolidates nothing, when it is not a roster", async () => {
    const { user } = await renderPane("en");
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    await user.upload(screen.getByLabelText("Received workbooks (.xlsx)"), [
      await workbookFile(12, "ru", "school-12.xlsx"),
    ]);
    await user.upload(screen.getByLabelText("Roster (optional)"), new File(["bin;name"], "list.xlsx", { type: XLSX }));
    await user.click(screen.getByRole("button", { name: "Make the summary" }));
    expect(await screen.findByText(/^The roster list\.xlsx cannot be used: /, {}, { timeout: 60_000 })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Files" })).toBeNull();
  });

  it("says plainly that an organization's workbook given as the roster is not a roster", async () => {
    const { user } = await renderPane("ru");
    await user.click(screen.getByRole("tab", { name: "Свод" }));
    await user.upload(screen.getByLabelText("Полученные книги (.xlsx)"), [
      await workbookFile(12, "ru", "school-12.xlsx"),
    ]);
    await user.upload(
      screen.getByLabelText("Список организаций (необязательно)"),
      await workbookFile(13, "ru", "school-13.xlsx"),
    );
    await user.click(screen.getByRole("button", { name: "Составить свод" }));
    expect(
      await screen.findByText(
        "Список school-13.xlsx нельзя использовать: Этот файл не список организаций: выберите список, сделанный по его шаблону.",
        {},
        { timeout: 60_000 },
      ),
    ).toBeTruthy();
  });

  it("keeps the files chosen earlier when more are added, and asks before inserting the summary again", async () => {
    const { user, workbench } = await renderPane("kk");
    await user.click(screen.getByRole("tab", { name: "Біріктіру" }));
    const input = screen.getByLabelText("Келген жұмыс кітаптары (.xlsx)");
    await user.upload(input, [await workbookFile(11, "kk", "school-11.xlsx")]);
    await user.upload(input, [await workbookFile(12, "ru", "school-12.xlsx")]);
    expect(screen.getByText("Таңдалған файлдар: 2")).toBeTruthy();
    await user.click(
      screen.getByRole("checkbox", { name: "Мүдделер қақтығысындағы аты-жөндерді жасыру (кілтті хэш)" }),
    );
    await user.click(screen.getByRole("button", { name: "Жиынтық жасау" }));
    await screen.findByRole("region", { name: "Файлдар" }, { timeout: 60_000 });

    await user.click(screen.getByRole("button", { name: "Жиынтықты жаңа парақтар ретінде қосу" }));
    await screen.findByText(/^Қосылған парақтар саны: \d+\./, {}, { timeout: 30_000 });
    const sheets = (await workbench.readSnapshot()).sheets.length;
    await user.click(screen.getByRole("button", { name: "Жиынтықты жаңа парақтар ретінде қосу" }));
    expect((await workbench.readSnapshot()).sheets.length).toBe(sheets);
    await user.click(screen.getByRole("button", { name: /^Иә, жиынтықты екінші рет қосу/ }));
    await screen.findByRole("button", { name: "Жиынтықты жаңа парақтар ретінде қосу" });
    expect((await workbench.readSnapshot()).sheets.length).toBeGreaterThan(sheets);
  });
});
