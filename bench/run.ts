/**
 * `npm run bench`: the command line's startup, reading 500 sample workbooks (our reader, exceljs, the floor), `adal validate`
 * over them against exceljs loading them, the rules over a
 * 10,000-row contracts table, and consolidating 500 and 5,000 workbooks (ours, exceljs, the floor).
 * Not a test: it prints figures and whether each goal is met.
 */
import { cpus } from "node:os";
import { consolidationLines, timeConsolidation } from "./consolidate";
import { corpus, corpusOnDisk } from "./corpus";
import { goal, type Timing } from "./measure";
import { overviewLines } from "./overview";
import { readerLines, timeReaders } from "./read-workbooks";
import { startupLines, timeStartup } from "./startup";
import { validateManyLines } from "./validate-many";
import { timeRules } from "./validate-rules";

const WORKBOOKS = 500;
const MANY_WORKBOOKS = 5_000;
const READ_RUNS = 3;
const RULE_ROWS = 10_000;
const RULE_RUNS = 15;
const STARTUP_RUNS = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(1)} ms`;
const row = (t: Timing, unit: (ms: number) => string, note = "") =>
  `  ${t.label.padEnd(36)} ${unit(t.median).padStart(9)}   runs ${t.runs.map(unit).join(", ")}${note}`;

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"})`);
  console.log(startupLines(await timeStartup(STARTUP_RUNS)).join("\n"));
  const { files, generatedMs, fromCache } = await corpus(WORKBOOKS);
  const megabytes = files.reduce((n, f) => n + f.length, 0) / 2 ** 20;
  console.log(
    `${files.length} sample workbooks, ${megabytes.toFixed(1)} MB: generated in ${seconds(generatedMs)}` +
      (fromCache ? " (when cached; read from bench/.cache now)" : ""),
  );

  // The rules first: measured on a heap not yet full of the reading benchmark's garbage.
  const rules = await timeRules(RULE_ROWS, RULE_RUNS);
  const { report } = rules;
  console.log(`\nRules (median of ${RULE_RUNS} runs after a warm-up):`);
  console.log(row(rules.timing, millis));
  console.log(`  report: ready ${report.ready}, ${report.errors} errors, ${report.warnings} warnings`);
  console.log(goal("  validateSnapshot, ms", rules.timing.median, 100, "below"));

  const read = await timeReaders(files, READ_RUNS);
  console.log(`\nReading all ${files.length} (median of ${READ_RUNS} runs after a warm-up):`);
  console.log(readerLines(read).join("\n"));
  const exceljs = read.exceljs as Timing;
  console.log(
    `  cells stored (<c>): ${read.cellsStored.toLocaleString("en")}; non-blank cells read: ${read.cellsRead.toLocaleString("en")}`,
  );
  console.log(goal("  reader / floor, fflate", read.reader.median / read.floor.median, 2, "below"));
  console.log(goal("  reader / floor, zlib  ", read.readerZlib.median / read.floor.median, 2, "below"));
  console.log(goal("  reader / floor, DecompressionStream", read.readerStreams.median / read.floor.median, 2, "below"));
  console.log(goal("  exceljs / reader, fflate", exceljs.median / read.reader.median, 5, "above"));
  console.log(goal("  exceljs / reader, zlib  ", exceljs.median / read.readerZlib.median, 5, "above"));

  // exceljs builds its summary in memory: 500 is about where it still fits (FACTS.md).
  const onDisk = await corpusOnDisk(WORKBOOKS);
  console.log((await validateManyLines(onDisk.dir, exceljs)).join("\n"));
  console.log(consolidationLines(await timeConsolidation(onDisk, true)).join("\n"));
  console.log((await overviewLines(onDisk)).join("\n"));
  const many = await corpusOnDisk(MANY_WORKBOOKS);
  console.log(
    `\n${MANY_WORKBOOKS.toLocaleString("en")} sample workbooks (distinct BINs): generated in ${seconds(many.generatedMs)}` +
      (many.fromCache ? " (when cached; read from bench/.cache now)" : ""),
  );
  console.log(consolidationLines(await timeConsolidation(many, false)).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
