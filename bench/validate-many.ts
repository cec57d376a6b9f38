import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { goal, type Timing } from "./measure";

const ROOT = join(__dirname, "..");

/**
 * `adal validate FOLDER` as a user runs it (`bin/adal`: compiled when build/cli/ is current, with its worker threads), against
 * exceljs merely loading the same files (`exceljs`, timed in this process over them).
 */
export function validateManyLines(dir: string, exceljs: Timing): string[] {
  if (!existsSync(join(ROOT, "build/cli/adal.js")))
    return ["  adal validate: build/cli/ is missing: run `npm run build:cli` first"];
  const start = performance.now();
  const run = spawnSync(join(ROOT, "bin/adal"), ["validate", dir, "--json"], { maxBuffer: 2 ** 30 });
  const ms = performance.now() - start;
  if (run.status !== 0) return [`  adal validate exited with ${run.status}: ${run.stderr.toString().slice(0, 200)}`];
  return [
    `  adal validate FOLDER (worker threads)      ${(ms / 1000).toFixed(2).padStart(7)} s   exceljs loading: x${(exceljs.median / ms).toFixed(2)}`,
    goal("  exceljs load / adal validate", exceljs.median / ms, 5, "above"),
  ];
}
