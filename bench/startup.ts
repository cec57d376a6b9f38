/**
 * `npm run bench:startup` (also part of `npm run bench`): how long `adal --help` takes to start and
 * exit, compiled (what bin/adal runs after `npm ci`) and from the sources through tsx, against bare
 * `node` starting and exiting. Each is a fresh process, so the figures follow the machine's load.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { measure, type Timing } from "./measure";

const ROOT = join(__dirname, "..");
const tsxCli = require.resolve("tsx/cli");

const node = (args: string[]) => () => execFileSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });

export async function timeStartup(runs: number): Promise<{ floor: Timing; compiled: Timing; sources: Timing }> {
  node([tsxCli, "scripts/build-cli.ts"])();
  return {
    floor: await measure("floor: node -e 0", runs, node(["-e", "0"])),
    compiled: await measure("bin/adal --help (compiled)", runs, node(["bin/adal", "--help"])),
    sources: await measure(
      "adal --help from the sources (tsx)",
      runs,
      node(["-e", 'require("tsx/cjs/api").register(); require("./bin/cli.ts").main(["--help"])']),
    ),
  };
}

export function startupLines(t: { floor: Timing; compiled: Timing; sources: Timing }): string[] {
  const line = (timing: Timing) =>
    `  ${timing.label.padEnd(36)} ${`${(timing.median / 1000).toFixed(2)} s`.padStart(7)}   x${(timing.median / t.floor.median).toFixed(1)} floor   runs ${timing.runs.map((ms) => (ms / 1000).toFixed(2)).join(", ")}`;
  return ["Startup (median after a warm-up):", line(t.floor), line(t.compiled), line(t.sources)];
}

if (require.main === module) {
  void timeStartup(10).then((t) => console.log(startupLines(t).join("\n")));
}
