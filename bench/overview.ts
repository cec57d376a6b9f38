/**
 * What the summary's overview adds to consolidating: each organization's digest (taken while its rows are
 * packed), the overview sheet and its charts, against the whole `adal consolidate` on one thread.
 * Run alone: `npx tsx bench/overview.ts [workbooks]` (100 by default); `npm run bench` runs it over its 500.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examineAll } from "../bin/consolidate/examine-all";
import { expandInputs } from "../bin/expand-inputs";
import { digestOf } from "../shared/consolidate/digest";
import { overviewSheet } from "../shared/consolidate/overview";
import { unpackUnit } from "../shared/consolidate/pack";
import { planConsolidation } from "../shared/consolidate/plan";
import { writeXlsx } from "../shared/xlsx/write-xlsx";
import { oursPipeline } from "./consolidate-ours";
import { corpusOnDisk, type CorpusOnDisk } from "./corpus";
import { goal, measure } from "./measure";

const RUNS = 3;

export async function overviewLines(corpus: CorpusOnDisk): Promise<string[]> {
  const out = join(mkdtempSync(join(tmpdir(), "adal-bench-overview-")), "summary.xlsx");
  const whole = await measure("consolidate, 1 thread", RUNS, async () => {
    await oursPipeline(corpus.dir, { threads: 1, out });
  });
  const plan = planConsolidation(await examineAll((await expandInputs([corpus.dir])).inputs, "en", () => undefined, 1));
  const units = plan.accepted.map((a) => unpackUnit(a.unit.packed));
  const overview = await measure("digests + overview sheet", RUNS, async () => {
    for (const unit of units) digestOf(unit);
    const sheet = overviewSheet(plan);
    await writeXlsx({ title: "", date: new Date("2026-01-01T00:00:00Z"), sheets: [sheet] });
  });
  const share = (overview.median / whole.median) * 100;
  return [
    `\nThe overview over ${units.length} workbooks (median of ${RUNS} runs after a warm-up):`,
    `  ${whole.label.padEnd(36)} ${(whole.median / 1000).toFixed(2)} s`,
    `  ${overview.label.padEnd(36)} ${overview.median.toFixed(1)} ms`,
    goal("  overview / consolidation, %", share, 5, "below"),
  ];
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 100);
  corpusOnDisk(count)
    .then(overviewLines)
    .then((lines) => console.log(lines.join("\n")))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
