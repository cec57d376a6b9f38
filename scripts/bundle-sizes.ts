// Prints the task pane's bundle sizes, raw and gzip, and fails when what the page loads first passes its budget.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** What the page may load before the pane shows, gzip: React, Fluent UI and the domain, not exceljs. */
export const FIRST_LOAD_BUDGET = 200 * 1024;

export interface BundleFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  /** Loaded by taskpane.html itself; the others load when needed. */
  readonly first: boolean;
}

/** Every script of a built pane, those the page loads by itself first. */
export function bundleSizes(dist: string): BundleFile[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // The built page is minified: attribute values may stand without quotes.
  const loaded = new Set([...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]));
  return readdirSync(dist)
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes).length, first: loaded.has(file) };
    })
    .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);
}

export const firstLoad = (files: readonly BundleFile[]) =>
  files.filter((f) => f.first).reduce((sum, f) => sum + f.gzip, 0);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);

if (require.main === module) {
  const files = bundleSizes(join(__dirname, "..", "dist"));
  console.log(`${"file".padEnd(36)}${"raw".padStart(10)}${"gzip".padStart(10)}  loads`);
  for (const f of files)
    console.log(`${f.file.padEnd(36)}${kb(f.raw)}${kb(f.gzip)}  ${f.first ? "first" : "when needed"}`);
  const total = firstLoad(files);
  console.log(`first load: ${kb(total).trim()} gzip of ${kb(FIRST_LOAD_BUDGET).trim()} allowed`);
  if (total > FIRST_LOAD_BUDGET) {
    console.error("The first load passes its budget: load the new code lazily (import()).");
    process.exit(1);
  }
}
