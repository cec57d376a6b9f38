// Compiles the command line into build/cli/ (`npm run build:cli`, run by `npm ci` through `prepare`):
// node then starts it at once, instead of tsx compiling every source at each start. One bundle for
// the command line, one for a consolidation's worker thread; inputs.json lists the sources they
// were built from, so bin/adal can tell when the build is older than a source and run the sources.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

import { nodeBundle } from "./node-bundle";

const ROOT = join(__dirname, "..");
const CLI_BUILD = join(ROOT, "build", "cli");

/** Each file appears whole: a command starting meanwhile reads the old file or the new one. */
function writeWhole(path: string, contents: string | Uint8Array): void {
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, contents);
  renameSync(part, path);
}

async function main(): Promise<void> {
  const result = await nodeBundle(
    { adal: "bin/cli.ts", "examine-worker": "bin/consolidate/examine-worker.ts" },
    relative(ROOT, CLI_BUILD),
  );
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
