/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { sampleWorkbook } from "../../../../../workbook-templates/src/sample";
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

    expect(await screen.findByText("Accepted: 2. Rejected: 1. Superseded: 0.", {}, { timeout: 60_000 })).toBeTruthy();
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
  });
});
