import { describeFinding } from "../findings/describe-finding";
import type { Lang, WorkbookLang } from "../i18n/lang";
import type { Report } from "../validation/report";
import type { ReadOptions } from "../xlsx/read-workbook";
import type { Compressor } from "../xlsx/write/compressor";
import { examineFile, type ReceivedFile } from "./examine";
import type { Examined } from "./examined";
import { ledgerEntry, type LedgerEntry } from "./intake";
import type { InflateLater } from "./pack";
import { planConsolidation, type Plan } from "./plan";
import { readRoster } from "./roster";
import { writeSummary } from "./write-summary";

/** How far a consolidation is: files read and validated, then organizations written into the summary. */
export interface Progress {
  readonly step: "reading" | "writing";
  readonly done: number;
  readonly total: number;
}

/** Reads and validates every file, in the order given, calling `onExamined` after each. */
export type ExamineAll<F> = (files: readonly F[], onExamined: () => void) => Promise<Examined[]>;

/** What a department chooses, as `adal consolidate` takes it. */
export interface ConsolidateOptions {
  /** The ledger's language (the user's). */
  readonly ui: Lang;
  /** Who must submit: `Missing` lists who did not. */
  readonly roster?: ReceivedFile;
  /** Else the roster's language, else the language most workbooks were filled in. */
  readonly lang?: WorkbookLang;
  /** The department's name for the summary's headings, as `--department` gives it. */
  readonly department?: string;
  /** Names in the conflict pairs replaced by keyed hashes (`--redact`). */
  readonly redact?: boolean;
  /** How the roster and the files are unzipped (the platform's inflate, else fflate's). */
  readonly read?: ReadOptions;
  readonly compressor?: Compressor;
  /** How organizations' packed rows are inflated for the summary (the command line: zlib, on Node's thread pool). */
  readonly unpack?: InflateLater;
  readonly onProgress?: (progress: Progress) => void;
  /**
   * Awaited before each file is read and before the summary is written, so a page can paint its progress
   * (the pane passes the next frame): the engine itself never waits.
   */
  readonly pause?: () => Promise<void>;
}

// A type, not an interface: messages take it as their parameters.
export type Counts = {
  readonly accepted: number;
  readonly rejected: number;
  readonly superseded: number;
  readonly missing: number;
};

/** What a consolidation gives: each file's outcome, the ledger, its counts, and the summary's bytes. */
export interface Consolidation {
  readonly plan: Plan;
  /** One line per file, in the plan's order, in the user's language. */
  readonly ledger: readonly LedgerEntry[];
  readonly counts: Counts;
  /** The summary workbook as the zip file's chunks. */
  readonly summary: readonly Uint8Array[];
}

/** A roster that cannot be used: nothing is consolidated, since `Missing` would be wrong. */
export class RosterUnusable extends Error {
  constructor(
    readonly file: string,
    /** Its findings, in the user's language. */
    readonly reason: string,
    readonly report: Report,
  ) {
    super(`${file}: ${reason}`);
    this.name = "RosterUnusable";
  }
}

/**
 * The department's consolidation, for the command line and the pane alike: the roster read, every file read
 * and validated, each file's outcome decided, the summary written, the ledger and its counts. Files are read
 * one after another here, or by `examine` (the command line's worker threads take paths).
 */
export function consolidate(files: readonly ReceivedFile[], options: ConsolidateOptions): Promise<Consolidation>;
export function consolidate<F>(
  files: readonly F[],
  options: ConsolidateOptions & { readonly examine: ExamineAll<F> },
): Promise<Consolidation>;
export async function consolidate<F>(
  files: readonly F[],
  options: ConsolidateOptions & { readonly examine?: ExamineAll<F> },
): Promise<Consolidation> {
  const { ui, onProgress, pause } = options;
  const roster = options.roster && rosterOf(options.roster, options);
  const examine = options.examine ?? (examineInTurn(options) as ExamineAll<unknown>);
  let read = 0;
  onProgress?.({ step: "reading", done: 0, total: files.length });
  const examined = await examine(files, () => onProgress?.({ step: "reading", done: ++read, total: files.length }));
  const plan = planConsolidation(examined, {
    roster: roster?.entries,
    lang: options.lang ?? roster?.lang ?? undefined,
    department: options.department,
  });
  onProgress?.({ step: "writing", done: 0, total: plan.accepted.length });
  await pause?.();
  const summary = await writeSummary(plan, {
    redact: options.redact,
    compressor: options.compressor,
    unpack: options.unpack,
    onProgress: (done, total) => onProgress?.({ step: "writing", done, total }),
  });
  const ledger = plan.decisions.map((d) => ledgerEntry(d, plan, ui));
  return { plan, ledger, counts: countsOf(plan), summary };
}

/** Received files read and validated one after another, pausing before each. */
const examineInTurn =
  ({ read, pause }: ConsolidateOptions): ExamineAll<ReceivedFile> =>
  async (files, onExamined) => {
    const examined: Examined[] = [];
    for (const file of files) {
      await pause?.();
      examined.push(await examineFile(file, read));
      onExamined();
    }
    return examined;
  };

function rosterOf({ name, bytes }: ReceivedFile, { read, ui }: ConsolidateOptions) {
  const roster = readRoster(bytes, read);
  if (roster.ok) return roster;
  const reason = roster.report.findings.map((f) => describeFinding(f, ui)).join(" ");
  throw new RosterUnusable(name, reason, roster.report);
}

function countsOf(plan: Plan): Counts {
  const of = (outcome: LedgerEntry["outcome"]) => plan.decisions.filter((d) => d.outcome === outcome).length;
  return {
    accepted: of("accepted"),
    rejected: of("rejected"),
    superseded: of("superseded"),
    missing: plan.missing.length,
  };
}

/** The ledger as `adal consolidate --json` prints it: the counts, then one intake entry per file. */
export function ledgerJson({ counts, ledger }: Consolidation) {
  return {
    ...counts,
    intake: ledger.map((e) => ({
      file: e.file,
      sha256: e.sha256,
      bin: e.bin,
      org: e.org,
      outcome: e.outcome,
      reason: e.reason || null,
      errors: e.errors,
      warnings: e.warnings,
    })),
  };
}
