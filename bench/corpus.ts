import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, constants, setPriority } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { sampleOrg, sampleWorkbook } from "../workbook-templates/src/sample";

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
// Built from the samples, never the other way round: editing it must not cost a new corpus.
const NOT_A_SOURCE = /demo-inbox\.ts$/;

function sourcesKey(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    const path = join(ROOT, source);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: "utf8" })
          .sort()
          .map((f) => join(path, f))
      : [path];
    for (const file of files.filter((f) => statSync(f).isFile() && !NOT_A_SOURCE.test(f)))
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

/** The same corpus on disk: the folder, its files in seed order. */
export interface CorpusOnDisk {
  readonly dir: string;
  readonly paths: readonly string[];
  readonly generatedMs: number;
  readonly fromCache: boolean;
}

/** Sample workbooks 1..count, alternately Russian and Kazakh, cached under bench/.cache (git-ignored), in memory. */
export async function corpus(count: number): Promise<Corpus> {
  const { paths, generatedMs, fromCache } = await corpusOnDisk(count);
  return { files: paths.map((path) => new Uint8Array(readFileSync(path))), generatedMs, fromCache };
}

/**
 * Sample workbooks 1..count on disk under bench/.cache, made when missing by child processes on
 * every core at the lowest priority. Every seed is a distinct organization: distinct BINs, or
 * consolidation would take one file of a BIN and call the others superseded.
 */
export async function corpusOnDisk(count: number): Promise<CorpusOnDisk> {
  const key = sourcesKey();
  const dir = join(CACHE, `corpus-${count}-${key}`);
  const meta = join(dir, "generated.json");
  const paths = Array.from({ length: count }, (_, i) => join(dir, `${i + 1}.xlsx`));
  if (existsSync(meta)) {
    const { ms, bins } = JSON.parse(readFileSync(meta, "utf8")) as { ms: number; bins?: string[] };
    if (bins?.length === count) {
      assertDistinct(bins);
      return { dir, paths, generatedMs: ms, fromCache: true };
    }
  }
  // Corpora of older sources go; other sizes of the current sources stay.
  if (existsSync(CACHE))
    for (const old of readdirSync(CACHE))
      if (!old.endsWith(`-${key}`) || join(CACHE, old) === dir) rmSync(join(CACHE, old), { recursive: true });
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  const bins = await generateInParallel(dir, count);
  const ms = performance.now() - start;
  assertDistinct(bins);
  writeFileSync(meta, JSON.stringify({ ms, bins }));
  return { dir, paths, generatedMs: ms, fromCache: false };
}

function assertDistinct(bins: readonly string[]): void {
  const distinct = new Set(bins).size;
  if (distinct !== bins.length) throw new Error(`the corpus repeats BINs: ${bins.length - distinct} of ${bins.length}`);
}

const langOf = (seed: number) => (seed % 2 ? "ru" : "kk");

/** Seeds split into one contiguous range per core, each written by its own child process; returns the BINs by seed. */
async function generateInParallel(dir: string, count: number): Promise<string[]> {
  const parts = Math.max(1, Math.min(availableParallelism(), count));
  const bins = new Array<string>(count);
  let done = 0;
  const progress = new ProgressLine(`generating ${count.toLocaleString("en")} workbooks`, count);
  await Promise.all(
    Array.from({ length: parts }, (_, p) => {
      const from = Math.floor((p * count) / parts) + 1;
      const to = Math.floor(((p + 1) * count) / parts);
      return runPart(dir, from, to, (seed, bin) => {
        bins[seed - 1] = bin;
        progress.show(++done);
      });
    }),
  );
  progress.end();
  return bins;
}

function runPart(dir: string, from: number, to: number, onFile: (seed: number, bin: string) => void): Promise<void> {
  // The child registers tsx (as bin/adal does without its build), then writes its range of seeds.
  const code = `require("tsx/cjs/api").register(); require(${JSON.stringify(__filename)}).writeCorpusPart(${JSON.stringify(dir)}, ${from}, ${to});`;
  const child = spawn(process.execPath, ["-e", code], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  if (child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
  createInterface({ input: child.stdout }).on("line", (line) => {
    const [seed, bin] = line.split(" ");
    onFile(Number(seed), bin ?? "");
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a corpus generator exited with ${code}`)))),
  );
}

/** In the child: writes seeds from..to into dir and tells each seed and BIN on a line, as it goes. */
export async function writeCorpusPart(dir: string, from: number, to: number): Promise<void> {
  for (let seed = from; seed <= to; seed++) {
    const lang = langOf(seed);
    writeFileSync(join(dir, `${seed}.xlsx`), await sampleWorkbook(seed, { lang }));
    process.stdout.write(`${seed} ${sampleOrg(seed, { lang }).bin}\n`);
  }
}

/** One line of progress: rewritten in place on a terminal, a line per tenth otherwise (a log file). */
class ProgressLine {
  private shown = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  show(done: number): void {
    if (process.stderr.isTTY) process.stderr.write(`\r  ${this.label}: ${done}/${this.total}`);
    else if (Math.floor((done * 10) / this.total) > this.shown) {
      this.shown = Math.floor((done * 10) / this.total);
      process.stderr.write(`  ${this.label}: ${done}/${this.total}\n`);
    }
  }

  end(): void {
    if (process.stderr.isTTY) process.stderr.write("\n");
  }
}
