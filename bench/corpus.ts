import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleWorkbook } from "../workbook-templates/src/sample";

const ROOT = join(__dirname, "..");
const CACHE = join(__dirname, ".cache");

/** The sources the sample files are made from: when any changes, the cached corpus is made again. */
const SOURCES = [
  "workbook-templates/src",
  "shared/forms",
  "shared/i18n",
  "shared/values",
  "shared/xlsx/write-xlsx.ts",
  "shared/xlsx/deterministic-zip.ts",
  "shared/xlsx/workbook-spec.ts",
  "shared/xlsx/a1.ts",
  "node_modules/exceljs/package.json",
];

function sourcesKey(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    const path = join(ROOT, source);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: "utf8" })
          .sort()
          .map((f) => join(path, f))
      : [path];
    for (const file of files.filter((f) => statSync(f).isFile()))
      hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

export interface Corpus {
  readonly files: readonly Uint8Array[];
  /** Milliseconds it took to generate them (when they were made, if they come from the cache). */
  readonly generatedMs: number;
  readonly fromCache: boolean;
}

/** Sample workbooks 1..count, alternately Russian and Kazakh, cached under bench/.cache (git-ignored). */
export async function corpus(count: number): Promise<Corpus> {
  const dir = join(CACHE, `corpus-${count}-${sourcesKey()}`);
  const meta = join(dir, "generated.json");
  if (existsSync(meta)) {
    const files = Array.from({ length: count }, (_, i) => new Uint8Array(readFileSync(join(dir, `${i + 1}.xlsx`))));
    return { files, generatedMs: (JSON.parse(readFileSync(meta, "utf8")) as { ms: number }).ms, fromCache: true };
  }
  if (existsSync(CACHE)) for (const old of readdirSync(CACHE)) rmSync(join(CACHE, old), { recursive: true });
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  const files: Uint8Array[] = [];
  for (let seed = 1; seed <= count; seed++) {
    files.push(await sampleWorkbook(seed, { lang: seed % 2 ? "ru" : "kk" }));
  }
  const ms = performance.now() - start;
  files.forEach((bytes, i) => writeFileSync(join(dir, `${i + 1}.xlsx`), bytes));
  writeFileSync(meta, JSON.stringify({ ms }));
  return { files, generatedMs: ms, fromCache: false };
}
