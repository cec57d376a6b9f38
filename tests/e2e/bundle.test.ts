import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleSizes, FIRST_LOAD_BUDGET, firstLoad } from "../../scripts/bundle-sizes";
import { builtPane } from "./support/built-pane";

describe("the built pane", () => {
  let dist: string;
  beforeAll(async () => {
    dist = await builtPane();
  }, 300_000);

  it("loads at most 200 KB gzip before it shows", () => {
    expect(firstLoad(bundleSizes(dist))).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it("has exceljs in a chunk of its own that the page does not load by itself", () => {
    const files = bundleSizes(dist);
    const exceljs = files.filter((f) => f.file.startsWith("exceljs."));
    expect(exceljs).toEqual([expect.objectContaining({ first: false })]);
    for (const first of files.filter((f) => f.first))
      expect(readFileSync(join(dist, first.file), "utf8")).not.toContain("github.com/exceljs");
  });

  it("has the documents' code and docx in chunks the page does not load by itself", () => {
    const files = bundleSizes(dist);
    expect(files.filter((f) => f.file.startsWith("report."))).toEqual([expect.objectContaining({ first: false })]);
    // A table header row repeated on each page: written by docx alone (the reader only names Word's content type).
    const withDocx = files.filter((f) => readFileSync(join(dist, f.file), "utf8").includes("w:tblHeader"));
    expect(withDocx.length).toBeGreaterThan(0);
    for (const file of withDocx) expect(file.first).toBe(false);
  });

  it("loads office.js from the Office CDN and allows scripts from nowhere else", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(html).toContain("<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>");
    expect(html).toMatch(/Content-Security-Policy content="script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});
