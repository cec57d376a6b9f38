import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { PipelineName, PipelineReport, PipelineRequest } from "./consolidate-child";
import type { CorpusOnDisk } from "./corpus";
import { nodeBundle } from "../scripts/node-bundle";
import { goal } from "./measure";

export interface ConsolidationTimings {
  readonly count: number;
  readonly threads: number;
  readonly floor: PipelineReport;
  /** Ours reading and validating on the main thread only: the like of the single-threaded floor. */
  readonly oursRead: PipelineReport;
  readonly ours: PipelineReport;
  /** Only where it fits in memory (see FACTS.md). */
  readonly exceljs: PipelineReport | null;
}

/** Each pipeline over the corpus on disk, each in a child process of its own, one after the other. */
export async function timeConsolidation(corpus: CorpusOnDisk, withExceljs: boolean): Promise<ConsolidationTimings> {
  // Every pipeline then reads from the page cache, the first one included.
  for (const path of corpus.paths) readFileSync(path);
  const threads = availableParallelism();
  const child = await compiledChild();
  const run = (pipeline: PipelineName, n = 1) => runInChild(child, { pipeline, dir: corpus.dir, threads: n });
  return {
    count: corpus.paths.length,
    threads,
    floor: await run("floor"),
    oursRead: await run("ours-read"),
    ours: await run("ours", threads),
    exceljs: withExceljs ? await run("exceljs") : null,
  };
}

/**
 * The pipelines compiled as the command line is (`npm ci` builds it; bin/adal runs the build), with the worker
 * threads' bundle beside them; under bench/.cache so exceljs, left out of the bundle, still resolves.
 */
async function compiledChild(): Promise<string> {
  const outdir = join(__dirname, ".cache", "build");
  const result = await nodeBundle(
    { "consolidate-child": "bench/consolidate-child.ts", "examine-worker": "bin/consolidate/examine-worker.ts" },
    outdir,
  );
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) writeFileSync(file.path, file.contents);
  return join(outdir, "consolidate-child.js");
}

async function runInChild(child: string, request: Omit<PipelineRequest, "out">): Promise<PipelineReport> {
  const tmp = mkdtempSync(join(tmpdir(), "adal-bench-"));
  const full: PipelineRequest = { ...request, out: join(tmp, "summary.xlsx") };
  // The report is the last line of standard output.
  const code = `require(${JSON.stringify(child)}).runPipeline(${JSON.stringify(full)}).catch((e) => { console.error(e); process.exitCode = 1; });`;
  try {
    const spawned = spawn(process.execPath, ["-e", code], {
      cwd: join(__dirname, ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    spawned.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exit = await new Promise<number | null>((resolve) => spawned.on("exit", resolve));
    if (exit !== 0) throw new Error(`the ${request.pipeline} pipeline exited with ${exit}`);
    return JSON.parse(stdout.trim().split("\n").pop() ?? "") as PipelineReport;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const memory = (bytes: number) =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;

function line(label: string, report: PipelineReport): string {
  const phases = Object.entries(report.phases);
  const detail = phases.length > 1 ? `   (${phases.map(([name, ms]) => `${name} ${seconds(ms)}`).join(", ")})` : "";
  const cpu = `${Math.round((report.cpuMs / report.totalMs) * 100)}%`.padStart(5);
  return `  ${label.padEnd(44)} ${seconds(report.totalMs).padStart(9)}   CPU ${cpu}   peak RSS ${memory(report.peakRss).padStart(7)}${detail}`;
}

/** The printed lines: one per pipeline, then the goals. */
export function consolidationLines(t: ConsolidationTimings): string[] {
  const read = (r: PipelineReport) => r.phases["read + validate"] ?? NaN;
  const lines = [
    `\nConsolidating ${t.count.toLocaleString("en")} workbooks from disk (one run each, each pipeline in its own process;` +
      ` CPU: the process's CPU time over its wall time, at most ${t.threads * 100}%):`,
    line("floor: unzip (zlib) + regex scan, 1 thread", t.floor),
    line("ours: read + validate only, 1 thread", t.oursRead),
    line(`ours: adal consolidate, ${t.threads} threads`, t.ours),
  ];
  if (t.exceljs) lines.push(line("exceljs: load, pick rows, tables, writeBuffer", t.exceljs));
  else
    lines.push(
      "  exceljs: not run at this size: FACTS.md measured its writeBuffer at 4.5 GB and 104 s for 2,000 organizations",
    );
  lines.push(goal("  read + validate (1 thread) / floor (1 thread)", read(t.oursRead) / t.floor.totalMs, 2, "below"));
  if (t.exceljs) {
    const load = t.exceljs.phases["load (xlsx.readFile)"] ?? NaN;
    lines.push(goal("  exceljs loading / our read + validate (1 thread)", load / read(t.oursRead), 5, "above"));
    lines.push(goal("  exceljs end to end / ours end to end", t.exceljs.totalMs / t.ours.totalMs, 8, "above"));
  }
  lines.push(goal("  ours peak RSS, GB", t.ours.peakRss / 2 ** 30, 1, "below"));
  return lines;
}
