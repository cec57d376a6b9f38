import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

const ROOT = join(__dirname, "../..");
const BUILD = join(ROOT, "build", "cli");

/** Runs bin/adal with these arguments; returns its output and every module it loaded. */
function adalModules(args: string[], cwd = ROOT): { stdout: string; modules: string[] } {
  const report = `process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));`;
  const run = spawnSync(
    process.execPath,
    ["-e", `${report} require(${JSON.stringify(join(ROOT, "bin/adal"))});`, "adal", ...args],
    { encoding: "utf8", cwd },
  );
  return { stdout: run.stdout, modules: JSON.parse(run.stderr) as string[] };
}
const usesTsx = (modules: string[]) => modules.some((m) => m.includes(join("node_modules", "tsx")));

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("tsx/cli"), join(ROOT, "scripts/build-cli.ts")], { cwd: ROOT });
});

describe("bin/adal", () => {
  it("runs the compiled command line, without loading tsx, when the build is current", () => {
    const { stdout, modules } = adalModules(["--help"]);
    expect(stdout).toContain("adal");
    expect(modules).toContain(join(BUILD, "adal.js"));
    expect(usesTsx(modules)).toBe(false);
  });

  it("runs the sources through tsx, commands included, when a source is newer than the build", () => {
    const compiled = join(BUILD, "adal.js");
    const { atime, mtime } = statSync(compiled);
    try {
      utimesSync(compiled, new Date(2000, 0, 1), new Date(2000, 0, 1));
      const { stdout, modules } = adalModules(["--help"]);
      expect(stdout).toContain("adal");
      expect(modules).toContain(join(ROOT, "bin", "cli.ts"));
      expect(usesTsx(modules)).toBe(true);
      // A command's code loads only when it runs: it must load from the sources too.
      const out = join(mkdtempSync(join(tmpdir(), "adal-stale-")), "vakr.xlsx");
      const written = adalModules(["template", "--lang", "kk", "--out", out]);
      expect(written.stdout).toContain(out);
      expect(written.modules).toContain(join(ROOT, "bin", "commands", "template.ts"));
      // From another folder, many files: the worker threads find tsx beside Adal, not in the current folder.
      const inbox = mkdtempSync(join(tmpdir(), "adal-stale-inbox-"));
      for (let i = 1; i <= 16; i++) writeFileSync(join(inbox, `${i}.xlsx`), "not a workbook");
      const checked = adalModules(["validate", "--lang", "en", inbox], inbox);
      expect(checked.stdout).toContain("Files: 16; ready: 0, not ready: 0, unreadable: 16");
    } finally {
      utimesSync(compiled, atime, mtime);
    }
  });

  it("gives a consolidation's worker threads a compiled bundle of their own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "adal-worker-"));
    try {
      const path = join(dir, "letter.xlsx");
      writeFileSync(path, "not a workbook");
      const worker = new Worker(join(BUILD, "examine-worker.js"));
      const ask = (index: number, job: string) => {
        const reply = new Promise<{ index: number; result: Record<string, unknown> }>((resolve) =>
          worker.once("message", resolve),
        );
        worker.postMessage({ index, job, input: { path, name: "letter.xlsx" }, lang: "en" });
        return reply;
      };
      const examined = await ask(3, "examine");
      const validated = await ask(4, "validate");
      await worker.terminate();
      expect(examined.index).toBe(3);
      expect(examined.result).toMatchObject({ file: "letter.xlsx", problems: [{ code: "file_not_zip" }] });
      expect(validated.index).toBe(4);
      expect(validated.result).toMatchObject({ ready: false, findings: [{ code: "file_not_zip" }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
