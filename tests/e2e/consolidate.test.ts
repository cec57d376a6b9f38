import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { sampleWorkbook } from "../../workbook-templates/src/sample";
import type { PanePage } from "./support/browser";
import { ROOT } from "./support/built-pane";
import { servedPane } from "./support/served-pane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const site = servedPane();
let pane: PanePage;

beforeAll(async () => {
  pane = await site.open({ locale: "en-US", acceptDownloads: true });
}, 300_000);

afterAll(async () => {
  await pane?.close();
});

describe("consolidation in the task pane, in Chromium", () => {
  it("makes the summary of three workbooks, loading exceljs only then, to download and to insert", async () => {
    const { page, requests } = pane;
    await page.getByRole("tab", { name: "Consolidate" }).click();
    const files = await Promise.all(
      [21, 22, 23].map(async (seed) => ({
        name: `org-${seed}.xlsx`,
        mimeType: XLSX,
        buffer: Buffer.from(await sampleWorkbook(seed)),
      })),
    );
    await page.getByLabel("Received workbooks (.xlsx)").setInputFiles(files);
    await page.getByText("Files chosen: 3").waitFor();
    expect(requests.filter((url) => /exceljs\.\w+\.js$/.test(url))).toEqual([]);

    await page.getByRole("button", { name: "Make the summary" }).click();
    await page.getByText("Accepted: 3. Rejected: 0. Superseded: 0. Missing: 0.").waitFor({ timeout: 60_000 });
    expect(requests.filter((url) => /exceljs\.\w+\.js$/.test(url))).toHaveLength(1);
    const ledger = page.getByRole("region", { name: "Files" });
    expect(await ledger.getByRole("listitem").count()).toBe(3);

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
  });
});
