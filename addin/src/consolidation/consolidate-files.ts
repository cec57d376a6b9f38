import { examineFile, type ReceivedFile } from "../../../shared/consolidate/examine";
import type { Examined } from "../../../shared/consolidate/examined";
import { ledgerEntry, type LedgerEntry } from "../../../shared/consolidate/intake";
import { planConsolidation } from "../../../shared/consolidate/plan";
import { readRoster, type RosterEntry } from "../../../shared/consolidate/roster";
import { writeSummary } from "../../../shared/consolidate/write-summary";
import { describeFinding } from "../../../shared/findings/describe-finding";
import type { Lang, WorkbookLang } from "../../../shared/i18n/lang";

export type ConsolidationStep = "reading" | "writing";

export interface Consolidated {
  readonly ledger: readonly LedgerEntry[];
  readonly counts: {
    readonly accepted: number;
    readonly rejected: number;
    readonly superseded: number;
    readonly missing: number;
  };
  /** Roster organizations without an accepted workbook. */
  readonly missing: readonly RosterEntry[];
  /** The summary workbook as the zip file's chunks. */
  readonly summary: readonly Uint8Array[];
}

/** What the department may choose, as on the command line: its roster, the summary's language. */
export interface ConsolidationChoices {
  readonly roster?: ReceivedFile;
  /** Else the language most workbooks were filled in. */
  readonly summaryLang?: WorkbookLang;
  /** Names in the conflict pairs replaced by keyed hashes, as `adal consolidate --redact`. */
  readonly redact?: boolean;
}

/** A roster that cannot be used: nothing is consolidated, since `Missing` would be wrong. */
export class RosterUnusable extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "RosterUnusable";
  }
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
  choices: ConsolidationChoices = {},
): Promise<Consolidated> {
  const roster = choices.roster && rosterOf(choices.roster, lang);
  const examined: Examined[] = [];
  for (const file of files) {
    progress("reading", examined.length, files.length);
    await nextFrame();
    examined.push(await examineFile(file));
  }
  // Without a choice the summary speaks the roster's language, as on the command line.
  const plan = planConsolidation(examined, {
    roster: roster?.entries,
    lang: choices.summaryLang ?? roster?.lang ?? undefined,
  });
  progress("writing", 0, plan.accepted.length);
  await nextFrame();
  const summary = await writeSummary(plan, {
    redact: choices.redact,
    onProgress: (done, total) => progress("writing", done, total),
  });
  const ledger = plan.decisions.map((d) => ledgerEntry(d, plan, lang));
  const count = (outcome: LedgerEntry["outcome"]) => ledger.filter((e) => e.outcome === outcome).length;
  return {
    ledger,
    counts: {
      accepted: count("accepted"),
      rejected: count("rejected"),
      superseded: count("superseded"),
      missing: plan.missing.length,
    },
    missing: plan.missing,
    summary,
  };
}

function rosterOf(file: ReceivedFile, lang: Lang): { entries: RosterEntry[]; lang: WorkbookLang | null } {
  const read = readRoster(file.bytes);
  if (read.ok) return read;
  throw new RosterUnusable(file.name, read.report.findings.map((f) => describeFinding(f, lang)).join(" "));
}
