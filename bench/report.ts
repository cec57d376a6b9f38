/**
 * `npx tsx bench/report.ts [COUNT]` (default 500): the analytical reports of COUNT sample organizations
 * drafted in one process against the department's summary of the same files, and the report of one
 * workbook with 2,000 contracts (goal: within 2 s). Not a test: it prints figures and whether the goal is met.
 */
import { cpus } from "node:os";
import { nodeDeflate, nodeCompressor } from "../bin/node-deflate";
import { nodeInflate, nodeInflateLater } from "../bin/node-inflate";
import { examineFile } from "../shared/consolidate/examine";
import { planConsolidation } from "../shared/consolidate/plan";
import { writeSummary } from "../shared/consolidate/write-summary";
import { writeDocx } from "../shared/docx/write-docx";
import { draftReport } from "../shared/report/draft-report";
import { writeXlsx } from "../shared/xlsx/write-xlsx";
import { filledSpec } from "../workbook-templates/src/filled-spec";
import { sampleContracts, sampleOrg } from "../workbook-templates/src/sample";
import { corpus } from "./corpus";
import { goal, measure } from "./measure";

const CONTRACTS = 2_000;
const RUNS = 3;
const TODAY = "2026-03-20";
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Read, validate, draft and write one organization's report: what `adal report` does after starting. */
async function report(bytes: Uint8Array): Promise<number> {
  const draft = await draftReport(bytes, { today: TODAY, inflate: nodeInflate });
  if (!draft.ok) throw new Error("a sample workbook gave no report");
  return (await writeDocx(draft.spec)).length;
}

/** The department's summary of the same files, on one thread: what `adal consolidate` does after starting. */
async function summary(files: readonly Uint8Array[]): Promise<number> {
  const examined = await Promise.all(
    files.map((bytes, i) =>
      examineFile({ name: `${i}.xlsx`, bytes, modified: 0 }, { inflate: nodeInflate, deflate: nodeDeflate }),
    ),
  );
  const chunks = await writeSummary(planConsolidation(examined, { lang: "ru" }), {
    compressor: nodeCompressor,
    unpack: nodeInflateLater,
  });
  return chunks.reduce((n, c) => n + c.length, 0);
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500);
  console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"})`);
  const { files } = await corpus(count);

  let bytes = 0;
  const reports = await measure(`${count} analytical reports`, RUNS, async () => {
    bytes = 0;
    for (const file of files) bytes += await report(file);
  });
  const consolidated = await measure(`the summary of ${count}`, RUNS, () => summary(files));
  console.log(`\nOne thread, median of ${RUNS} runs after a warm-up:`);
  console.log(
    `  ${reports.label.padEnd(34)} ${seconds(reports.median).padStart(9)}   (${(bytes / 2 ** 20).toFixed(1)} MB of .docx)`,
  );
  console.log(`  ${consolidated.label.padEnd(34)} ${seconds(consolidated.median).padStart(9)}`);
  console.log(`  reports / summary: ${(reports.median / consolidated.median).toFixed(2)}`);
  console.log(`  per report: ${(reports.median / count).toFixed(0)} ms`);

  const org = sampleOrg(1, { lang: "ru", orgType: "school" });
  const big = await writeXlsx(filledSpec("vakr", "ru", { ...org.entries, Contracts: sampleContracts(1, CONTRACTS) }));
  const one = await measure(`report, ${CONTRACTS.toLocaleString("en")} contracts`, RUNS, () => report(big));
  console.log(
    `  ${one.label.padEnd(34)} ${seconds(one.median).padStart(9)}   runs ${one.runs.map(seconds).join(", ")}`,
  );
  console.log(goal(`  report of ${CONTRACTS.toLocaleString("en")} contracts, s`, one.median / 1000, 2, "below"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
