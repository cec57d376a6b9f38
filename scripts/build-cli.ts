// Compiles the command line into build/cli/ (`npm run build:cli`, run by `npm ci` through `prepare`):
// node then starts it at once, instead of tsx compiling every source at each start. One bundle for
// the command line, one for a consolidation's worker thread; inputs.json lists the sources they
// were built from, so bin/adal can tell when the build is older than a source and run the sources.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

import * as esbuild from "esbuild";

const ROOT = join(__dirname, "..");
const CLI_BUILD = join(ROOT, "build", "cli");
const SHARED = join(ROOT, "shared");
const RESOLVING = Symbol("resolving");

/**
 * shared/ only declares and computes, as the pane's webpack build says too: a folder's index.ts re-exporting a
 * module the command line does not use (the department's words, say) brings nothing into the bundle.
 */
const sharedIsPure: esbuild.Plugin = {
  name: "shared-is-pure",
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === RESOLVING) return undefined;
      const { kind, importer, resolveDir } = args;
      const resolved = await build.resolve(args.path, { kind, importer, resolveDir, pluginData: RESOLVING });
      if (resolved.errors.length > 0 || !resolved.path.startsWith(SHARED + sep)) return undefined;
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/** Each file appears whole: a command starting meanwhile reads the old file or the new one. */
function writeWhole(path: string, contents: string | Uint8Array): void {
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, contents);
  renameSync(part, path);
}

async function main(): Promise<void> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { adal: "bin/cli.ts", "examine-worker": "bin/consolidate/examine-worker.ts" },
    outdir: relative(ROOT, CLI_BUILD),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // exceljs is large, writes only, and loads only when a command writes a workbook; tsx serves the sources only.
    external: ["exceljs", "tsx"],
    plugins: [sharedIsPure],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes("node_modules/"));
  mkdirSync(CLI_BUILD, { recursive: true });
  for (const file of result.outputFiles) writeWhole(file.path, file.contents);
  writeWhole(join(CLI_BUILD, "inputs.json"), JSON.stringify({ sources }, null, 1) + "\n");
  console.log(`compiled the command line into ${relative(ROOT, CLI_BUILD)}/ from ${sources.length} sources`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
