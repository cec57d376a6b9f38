import { examineFile, type ReceivedFile } from "../../../shared/consolidate/examine";
import type { Examined } from "../../../shared/consolidate/examined";
import { ledgerEntry, type LedgerEntry } from "../../../shared/consolidate/intake";
import { planConsolidation } from "../../../shared/consolidate/plan";
import { writeSummary } from "../../../shared/consolidate/write-summary";
import type { Lang } from "../../../shared/i18n/lang";

export type ConsolidationStep = "reading" | "writing";

export interface Consolidated {
  readonly ledger: readonly LedgerEntry[];
  readonly counts: { readonly accepted: number; readonly rejected: number; readonly superseded: number };
  /** The summary workbook as the zip file's chunks. */
  readonly summary: readonly Uint8Array[];
}

export type Progress = (step: ConsolidationStep, done: number, total: number) => void;

/** Lets the pane paint its progress bar between files: the engine itself never waits. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The command line's consolidation in the browser: each file read and validated, the outcomes decided, the
 * summary written (fflate deflates). This module and exceljs load only when a department consolidates.
 */
export async function consolidateFiles(
  files: readonly ReceivedFile[],
  lang: Lang,
  progress: Progress,
): Promise<Consolidated> {
  const examined: Examined[] = [];
  for (const file of files) {
    progress("reading", examined.length, files.length);
    await nextFrame();
    examined.push(await examineFile(file));
  }
  const plan = planConsolidation(examined);
  progress("writing", 0, plan.accepted.length);
  await nextFrame();
  const summary = await writeSummary(plan, { onProgress: (done, total) => progress("writing", done, total) });
  const ledger = plan.decisions.map((d) => ledgerEntry(d, plan, lang));
  const count = (outcome: LedgerEntry["outcome"]) => ledger.filter((e) => e.outcome === outcome).length;
  return {
    ledger,
    counts: { accepted: count("accepted"), rejected: count("rejected"), superseded: count("superseded") },
    summary,
  };
}
