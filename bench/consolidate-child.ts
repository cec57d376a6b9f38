import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { exceljsPipeline } from "./consolidate-exceljs";
import { oursPipeline } from "./consolidate-ours";
import { floorScan } from "./floor";

export type PipelineName = "floor" | "ours-read" | "ours" | "exceljs";

/** What the parent asks one child process to run. */
export interface PipelineRequest {
  readonly pipeline: PipelineName;
  /** The corpus folder: every .xlsx in it. */
  readonly dir: string;
  /** The summary file, for the pipelines that write one. */
  readonly out: string;
  readonly threads: number;
}

/** What the child prints on its last line of standard output. */
export interface PipelineReport {
  readonly phases: Readonly<Record<string, number>>;
  readonly totalMs: number;
  /** CPU time of every thread of the process meanwhile: far below the cores' share means it waited, or others ran. */
  readonly cpuMs: number;
  /** Bytes: the process's peak resident set, worker threads included. */
  readonly peakRss: number;
}

const PIPELINES: Record<PipelineName, (request: PipelineRequest) => Promise<Record<string, number>>> = {
  floor: async ({ dir }) => {
    const start = performance.now();
    for (const path of xlsxIn(dir)) floorScan(new Uint8Array(readFileSync(path)));
    return { "unzip + scan": performance.now() - start };
  },
  "ours-read": ({ dir, threads }) => oursPipeline(dir, { threads }),
  ours: ({ dir, out, threads }) => oursPipeline(dir, { threads, out }),
  exceljs: ({ dir, out }) => exceljsPipeline(xlsxIn(dir), out),
};

const xlsxIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(dir, name));

/** In the child process: runs one pipeline and prints its report as JSON, so each pipeline's peak memory is its own. */
export async function runPipeline(request: PipelineRequest): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const phases = await PIPELINES[request.pipeline](request);
  const { user, system } = process.cpuUsage(cpu);
  const report: PipelineReport = {
    phases,
    totalMs: performance.now() - start,
    cpuMs: (user + system) / 1000,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
