/**
 * `npx tsx bench/quick.ts [COUNT]` (default 200): the reading benchmarks of `npm run bench` over fewer files, in a
 * few minutes: the readers against the floor, `adal validate` against exceljs loading, and reading and
 * validating on one thread against the floor, each in a child process of its own.
 */
import { consolidationLines, timeConsolidation } from "./consolidate";
import { corpusOnDisk } from "./corpus";
import { goal, type Timing } from "./measure";
import { readerLines, timeReaders } from "./read-workbooks";
import { validateManyLines } from "./validate-many";
import { readFileSync } from "node:fs";

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const onDisk = await corpusOnDisk(count);
  const files = onDisk.paths.map((path) => new Uint8Array(readFileSync(path)));
  const read = await timeReaders(files, 3);
  console.log(`Reading all ${files.length} (median of 3 runs after a warm-up):`);
  console.log(readerLines(read).join("\n"));
  console.log(goal("  reader / floor, DecompressionStream", read.readerStreams.median / read.floor.median, 2, "below"));
  console.log(validateManyLines(onDisk.dir, read.exceljs as Timing).join("\n"));
  console.log(consolidationLines(await timeConsolidation(onDisk, false)).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
