import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { nodeInflate } from "../../../bin/node-inflate";
import { readRoster } from "../../../shared/consolidate/roster";
import { writeDocx } from "../../../shared/docx/write-docx";
import { draftReport } from "../../../shared/report/draft-report";
import { td } from "../../../shared/report/text";
import { demoInbox } from "../../../workbook-templates/src/sample";
import { libreOfficeConvert, pdfPagePixels, pdfPages } from "../../readers/independent-readers";
import { summarize } from "../../support/consolidation";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
const dir = mkdtempSync(join(tmpdir(), "adal-pages-"));

/** The document as LibreOffice prints it: its pages' text, and its first pages as PNG in test-artifacts/. */
async function rendered(bytes: Uint8Array, name: string, options: { lang?: "kk" | "ru" } = {}): Promise<string[]> {
  const draft = await draftReport(bytes, { ...options, today: "2026-03-20", inflate: nodeInflate });
  if (!draft.ok) throw new Error(`no document from ${name}`);
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await writeDocx(draft.spec));
  const pdf = libreOfficeConvert(file, "pdf");
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`))) rmSync(join(ARTIFACTS, old));
  const pages = pdfPages(pdf);
  for (const page of pages.slice(0, 4).keys())
    pdfPagePixels(pdf, page + 1, 60, join(ARTIFACTS, `${name}-${page + 1}.png`));
  return pages;
}

const pngs = (name: string) =>
  readdirSync(ARTIFACTS).filter(
    (f) => f.startsWith(`${name}-`) && f.endsWith(".png") && statSync(join(ARTIFACTS, f)).size > 0,
  );

describe("rendered pages of the demo's documents", () => {
  let inbox: Awaited<ReturnType<typeof demoInbox>>;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    inbox = await demoInbox();
  }, 300_000);

  it.each(["kk", "ru"] as const)(
    "the first organization's analytical report in %s",
    async (lang) => {
      const first = inbox.files[0];
      if (!first) throw new Error("the demo inbox is empty");
      const pages = await rendered(first.bytes, `report-first-org-${lang}`, { lang });
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(pages[0]).toContain(lang === "kk" ? "«БЕКІТЕМІН»" : "«УТВЕРЖДАЮ»");
      // The action plan, and its header row repeated on each page it runs over.
      const plan = pages.findIndex((p) => p.includes(td(lang, "report.annex2")));
      expect(plan).toBeGreaterThan(0);
      for (const page of pages.slice(plan)) expect(page).toContain(lang === "kk" ? "Аяқталу" : "Форма");
      expect(pngs(`report-first-org-${lang}`)).toHaveLength(4);
    },
    300_000,
  );

  it("the department's report of the demo's district", async () => {
    const roster = readRoster(inbox.roster, { inflate: nodeInflate });
    if (!roster.ok) throw new Error("the demo roster does not read");
    const summary = await summarize(inbox.files, { lang: "kk", roster: roster.entries });
    const pages = await rendered(summary.bytes, "report-department");
    expect(pages[0]).toContain("жиынтық ақпарат");
    expect(pngs("report-department")).toHaveLength(4);
  }, 300_000);
});
