import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { sampleWorkbook } from "../../workbook-templates/src/sample";
import type { PanePage } from "./support/browser";
import { ROOT } from "./support/built-pane";
import { overflow } from "./support/overflow";
import { servedPane } from "./support/served-pane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const site = servedPane();
let pane: PanePage;

beforeAll(async () => {
  pane = await site.open({ locale: "en-US", acceptDownloads: true, viewport: { width: 350, height: 900 } });
}, 300_000);

afterAll(async () => {
  await pane?.close();
});

describe("consolidation in the task pane, in Chromium", () => {
  it("makes the summary of three workbooks and a broken file, loading exceljs only then, to download and to insert", async () => {
    const { page, requests } = pane;
    await page.getByRole("tab", { name: "Consolidate" }).click();
    const files = await Promise.all(
      [21, 22, 23].map(async (seed) => ({
        name: `org-${seed}.xlsx`,
        mimeType: XLSX,
        buffer: Buffer.from(await sampleWorkbook(seed)),
      })),
    );
    files.push({ name: "notes.xlsx", mimeType: XLSX, buffer: Buffer.from("a;b\n1;2") });
    await page.getByLabel("Received workbooks (.xlsx)").setInputFiles(files);
    await page.getByText("Files chosen: 4").waitFor();
    expect(requests.filter((url) => /exceljs\.\w+\.js$/.test(url))).toEqual([]);
    // The roster template is offered in the pane's language (both workbook languages in English), fetched only when downloaded.
    await page.getByRole("link", { name: "Roster template, Russian (.xlsx)" }).waitFor();
    expect(await page.getByRole("link", { name: /^Roster template, (Kazakh|Russian) \(\.xlsx\)$/ }).count()).toBe(2);
    expect(requests.filter((url) => /roster-\w+\.\w+\.xlsx$/.test(url))).toEqual([]);

    await page.getByRole("button", { name: "Make the summary" }).click();
    await page.getByText("Accepted: 3. Rejected: 1. Superseded: 0. Missing: 0.").waitFor({ timeout: 60_000 });
    expect(requests.filter((url) => /exceljs\.\w+\.js$/.test(url))).toHaveLength(1);
    const ledger = page.getByRole("region", { name: "Files" });
    expect(await ledger.getByRole("listitem").count()).toBe(0);
    await ledger.getByRole("button", { name: "Accepted files: 3" }).click();
    expect(await ledger.getByRole("listitem").count()).toBe(3);
    const action = page.getByRole("region", { name: "Needs action" });
    await action.getByRole("button", { name: "Copy the remarks for this organization" }).click();
    await action.getByRole("status").filter({ hasText: /./ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the summary" }).click(),
    ]);
    mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
    const saved = join(ROOT, "test-artifacts", download.suggestedFilename());
    await download.saveAs(saved);
    const read = readWorkbook(await readFile(saved));
    if (!read.ok) throw new Error(read.fault.code);
    const tables = read.snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining(["Orgs", "AllConflicts", "Intake", "Missing"]));

    await page.getByRole("button", { name: "Insert the summary as new sheets" }).click();
    await page.getByText(/^Sheets inserted: \d+\./).waitFor();
    const inserted = await page.evaluate(async () =>
      ((await window.adalWorkbench?.readSnapshot())?.sheets ?? []).flatMap((s) => s.tables.map((t) => t.name)),
    );
    expect(inserted).toEqual(expect.arrayContaining(["Orgs", "Intake"]));

    // A second insert asks first, and replacing leaves one set of the summary's sheets.
    const sheets = () =>
      page.evaluate(async () => (await window.adalWorkbench?.readSnapshot())?.sheets.map((s) => s.name));
    const before = await sheets();
    await page.getByRole("button", { name: "Insert the summary as new sheets" }).click();
    await page.getByRole("button", { name: "Replace the earlier sheets" }).waitFor();
    expect(await overflow(page)).toEqual([]);
    await page.getByRole("button", { name: "Replace the earlier sheets" }).click();
    await page.getByText(/^Sheets inserted: \d+\./).waitFor();
    expect(await sheets()).toEqual(before);

    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Roster template, Kazakh (.xlsx)" }).click(),
    ]);
    expect(template.suggestedFilename()).toBe("roster-kk.xlsx");
    const roster = readWorkbook(await readFile(await template.path()));
    expect(roster.ok && roster.snapshot.sheets.map((s) => s.name)).toContain("_meta");
  });
});
