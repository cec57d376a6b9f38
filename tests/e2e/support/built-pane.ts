import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

export const ROOT = join(__dirname, "../../..");
export const DIST = join(ROOT, "dist");

// What the built pane is made of: a change in any of them makes dist/ stale.
const INPUTS = [
  "addin",
  "shared",
  "workbook-templates",
  "manifest",
  "webpack.config.js",
  "package-lock.json",
  "tsconfig.json",
];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// A build takes under a minute: a lock older than this was left by a run that was stopped.
const STALE_LOCK_MS = 10 * 60_000;

/** Waits for another test file building at the same time: one build at a time, mkdir is the lock. */
async function locked<T>(work: () => T): Promise<T> {
  const lock = join(ROOT, "node_modules/.cache/adal-build.lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmdirSync(lock);
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return work();
  } finally {
    rmdirSync(lock);
  }
}

/** The production build of the pane in dist/, built again only when a source is newer than it. */
export function builtPane(): Promise<string> {
  return locked(() => {
    const page = join(DIST, "taskpane.html");
    const built = existsSync(page) ? statSync(page).mtimeMs : 0;
    if (built < Math.max(...INPUTS.map((input) => newest(join(ROOT, input)))))
      execFileSync(join(ROOT, "node_modules/.bin/webpack"), ["--mode", "production"], { cwd: ROOT, stdio: "pipe" });
    return DIST;
  });
}
