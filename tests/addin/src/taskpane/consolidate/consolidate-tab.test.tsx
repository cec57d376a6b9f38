/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { writeXlsx } from "../../../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../../../workbook-templates/src/filled-spec";
import { sampleOrg, sampleWorkbook } from "../../../../../workbook-templates/src/sample";
import { tableRows } from "../../../../support/consolidation";
import { renderPane } from "../support/pane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook rejected for an amount written in words, as people really send one. */
async function rejectedFile(seed: number, lang: "kk" | "ru", name: string): Promise<File> {
  const org = sampleOrg(seed, { lang });
  const contracts = [...(org.entries.Contracts ?? [])];
  contracts[3] = { ...contracts[3], amount: lang === "kk" ? "жүз жиырма бес мың" : "сто двадцать пять тысяч" };
  const bytes = await writeXlsx(filledSpec("vakr", lang, { ...org.entries, Contracts: contracts }));
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: XLSX });
}

const workbookFile = async (seed: number, lang: "kk" | "ru", name: string) =>
  new File([(await sampleWorkbook(seed, { lang })) as Uint8Array<ArrayBuffer>], name, { type: XLSX });

describe("Consolidate", () => {
  it("checks the received files, shows the ledger, and inserts the summary, headed by the department, as new sheets", async () => {
    const { user, workbench } = await renderPane("en");
    const files = [
      await workbookFile(11, "kk", "school-11.xlsx"),
      await workbookFile(12, "ru", "school-12.xlsx"),
      new File(["a;b\n1;2"], "notes.xlsx", { type: XLSX }),
    ];
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    await user.upload(screen.getByLabelText("Received workbooks (.xlsx)"), files);
    expect(screen.getByText("Files chosen: 3")).toBeTruthy();
    await user.type(screen.getByLabelText("The department's name (optional)"), "Ekibastuz education department");
    await user.click(screen.getByRole("button", { name: "Make the summary" }));

    expect(
      await screen.findByText("Accepted: 2. Rejected: 1. Superseded: 0. Missing: 0.", {}, { timeout: 60_000 }),
    ).toBeTruthy();
    // The rejected file comes first, with its error; the accepted ones are behind their count.
    const action = screen.getByRole("region", { name: "Needs action" });
    expect(within(action).getAllByRole("listitem")[0]?.textContent).toMatch(/^notes\.xlsx rejected.*CSV/);
    const ledger = screen.getByRole("region", { name: "Files" });
    expect(within(ledger).queryAllByRole("listitem")).toEqual([]);
    const accepted = within(ledger).getByRole("button", { name: "▸ Accepted files: 2" });
    expect(accepted.getAttribute("aria-expanded")).toBe("false");
    await user.click(accepted);
    expect(
      within(screen.getByRole("list", { name: "Accepted files: 2" }))
        .getAllByRole("listitem")
        .map((item) => item.textContent?.split(" ")[0]),
    ).toEqual(["school-11.xlsx", "school-12.xlsx"]);
    expect(screen.getByRole("link", { name: "Download the summary" }).getAttribute("download")).toMatch(/^summary-/);

    await user.click(screen.getByRole("button", { name: "Insert the summary as new sheets" }));
    expect(await screen.findByText(/^Sheets inserted: \d+\./)).toBeTruthy();
    const tables = (await workbench.readSnapshot()).sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining(["Orgs", "Intake", "Meta"]));
    // The department's name stands in the summary's headings.
    expect(JSON.stringify(await workbench.readSnapshot())).toContain("Ekibastuz education department");

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
    expect(within(missing).getByRole("listitem").textContent).toMatch(
      /^040540000014 Ясли-сад «Ақбота»Файл не поступал\./,
    );
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

  it("opens on what needs action: the rejected file's errors and contacts, and remarks in the organization's language", async () => {
    const { user } = await renderPane("ru");
    const org = sampleOrg(11, { lang: "kk" });
    const roster = await writeXlsx(
      filledSpec("roster", "ru", {
        Roster: [
          { bin: org.bin, org_name: "Ясли-сад № 24" },
          { bin: "040540000014", org_name: "Ясли-сад «Ақбота»", contact_email: "akbota@mail.kz" },
        ],
      }),
    );
    await user.click(screen.getByRole("tab", { name: "Свод" }));
    await user.upload(screen.getByLabelText("Полученные книги (.xlsx)"), [
      await rejectedFile(11, "kk", "school-11.xlsx"),
    ]);
    await user.upload(
      screen.getByLabelText("Список организаций (необязательно)"),
      new File([roster as Uint8Array<ArrayBuffer>], "roster.xlsx", { type: XLSX }),
    );
    await user.click(screen.getByRole("button", { name: "Составить свод" }));

    const action = await screen.findByRole("region", { name: "Требуют действий" }, { timeout: 60_000 });
    const rejected = within(action).getAllByRole("listitem")[0] as HTMLElement;
    expect(rejected.textContent).toMatch(/^school-11\.xlsx отклонён/);
    expect(within(rejected).getByText(/^Шарттар!H\d+: /)).toBeTruthy();
    expect(within(rejected).getByText(/^Ответственное лицо: Әдіскер Оспанова/)).toBeTruthy();
    expect(within(rejected).getByRole("link", { name: "balabaqsha24-burabay@mail.kz" }).getAttribute("href")).toBe(
      "mailto:balabaqsha24-burabay@mail.kz",
    );
    await user.click(within(rejected).getByRole("button", { name: "Скопировать замечания для этой организации" }));
    expect(within(rejected).getByRole("status").textContent).toBe("Замечания скопированы: вставьте их в письмо.");
    // The pane speaks Russian; the organization filled its workbook in Kazakh, and is written to in Kazakh.
    const remarks = await navigator.clipboard.readText();
    expect(remarks).toMatch(/^Құрметті әріптестер!\n.*«school-11\.xlsx» файлы қабылданбады, қателер саны: 1\./);
    expect(remarks).toMatch(/\n— Шарттар!H\d+: .*жүз жиырма бес мың/);

    // The organization on the roster whose file was rejected says so, named as the Russian roster names it.
    const missing = within(screen.getByRole("region", { name: "Не сдали" })).getAllByRole("listitem");
    expect(missing.map((item) => within(item).getAllByText(/./)[1]?.textContent)).toEqual([
      "Файл поступил, но отклонён: school-11.xlsx",
      "Файл не поступал.",
    ]);
    expect(missing[0]?.textContent).toMatch(/^160340000110 Ясли-сад № 24Файл/);
    // Whom to ask about one that sent nothing: the roster says.
    expect(within(missing[1] as HTMLElement).getByRole("link", { name: "akbota@mail.kz" })).toBeTruthy();
    await user.click(within(missing[1] as HTMLElement).getByRole("button", { name: /^Скопировать замечания/ }));
    // One that sent nothing is written to in the summary's language, here the roster's.
    expect(await navigator.clipboard.readText()).toMatch(/^Уважаемые коллеги!\nРабочая книга .* от вас не поступила/);
  });

  it("shows the remarks to copy by hand when the clipboard is refused, and offers the roster template", async () => {
    const { user } = await renderPane("kk");
    await user.click(screen.getByRole("tab", { name: "Біріктіру" }));
    const template = await screen.findByRole("link", { name: "Ұйымдар тізімінің үлгісі, қазақ тілі (.xlsx)" });
    expect(template.getAttribute("href")).toBe("templates/roster-kk.xlsx");
    expect(template.getAttribute("download")).toBe("roster-kk.xlsx");
    await user.upload(screen.getByLabelText("Келген жұмыс кітаптары (.xlsx)"), [
      await rejectedFile(12, "ru", "school-12.xlsx"),
    ]);
    await user.click(screen.getByRole("button", { name: "Жиынтық жасау" }));
    const action = await screen.findByRole("region", { name: "Шара қажет" }, { timeout: 60_000 });
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(new Error("denied"));
    await user.click(within(action).getByRole("button", { name: "Осы ұйымға ескертулерді көшіру" }));
    expect(within(action).getByRole("status").textContent).toBe(
      "Көшіру мүмкін болмады: төмендегі мәтінді белгілеп, көшіріңіз.",
    );
    const text = within(action).getByRole("textbox", { name: "Ескертулер мәтіні" }) as HTMLTextAreaElement;
    expect(text.value).toMatch(
      /^Уважаемые коллеги!\nФайл внутреннего анализа коррупционных рисков «school-12\.xlsx» не принят/,
    );
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
    const names = (await workbench.readSnapshot()).sheets.map((s) => s.name);
    await user.click(screen.getByRole("button", { name: "Жиынтықты жаңа парақтар ретінде қосу" }));
    expect(screen.getByText(/^Жиынтық бұл жұмыс кітабына бұрын қосылған\./)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Бас тарту" }));
    expect((await workbench.readSnapshot()).sheets.map((s) => s.name)).toEqual(names);

    // Made again with one more file, the summary replaces the earlier one's sheets: no "(2)" copies.
    await user.upload(input, [await workbookFile(13, "kk", "school-13.xlsx")]);
    await user.click(screen.getByRole("button", { name: "Жиынтық жасау" }));
    await screen.findByText(/^Қабылданды: 3\./, {}, { timeout: 60_000 });
    await user.click(screen.getByRole("button", { name: "Жиынтықты жаңа парақтар ретінде қосу" }));
    await user.click(screen.getByRole("button", { name: "Бұрынғы парақтарды ауыстыру" }));
    await screen.findByText(/^Қосылған парақтар саны: \d+\./, {}, { timeout: 30_000 });
    const replaced = await workbench.readSnapshot();
    expect(replaced.sheets.map((s) => s.name)).toEqual(names);
    expect(replaced.sheets.flatMap((s) => s.tables.map((t) => t.name))).toContain("Orgs");
    // Names hidden as asked: initials and a short hash, as `adal consolidate --redact` writes them.
    const pairs = tableRows(replaced, "AllConflicts");
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) expect(pair.person1_name).toMatch(/^\S+ #[0-9a-f]{6}$/);
  });
});
