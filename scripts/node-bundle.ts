// The command line's bundles and the benchmark's are made alike: what the benchmark times is what `npm ci` builds.
import { join, sep } from "node:path";

import * as esbuild from "esbuild";

const ROOT = join(__dirname, "..");
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

/** Bundles each entry (name: source, from the repository's root) into `outdir` for Node, as CommonJS; not written. */
export function nodeBundle(entryPoints: Record<string, string>, outdir: string) {
  return esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
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
}
