import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { ledgerEntry, type LedgerEntry } from "../../shared/consolidate/intake";
import { planConsolidation, type Plan } from "../../shared/consolidate/plan";
import { readRoster, type RosterEntry } from "../../shared/consolidate/roster";
import { writeSummary } from "../../shared/consolidate/write-summary";
import { describeFinding } from "../../shared/findings/describe-finding";
import { SUMMARY_TEMPLATE } from "../../shared/forms/summary";
import { type Lang, WorkbookLang } from "../../shared/i18n/lang";
import { type CliMessageId, tc } from "../../shared/i18n/cli-text";
import { readMeta } from "../../shared/validation/read-meta";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { examineAll } from "../consolidate/examine-all";
import { expandInputs, type Input } from "../expand-inputs";
import { faultWords } from "../fault-words";
import { fileKey, firstMissing, sameFile } from "../given-paths";
import { EXIT, type ExitCode, type Io, usage } from "../io";
import { nodeCompressor } from "../node-deflate";
import { nodeInflate } from "../node-inflate";
import { readRegularFile } from "../read-regular";
import { Destination, writeFailure } from "../safe-write";

/**
 * `adal consolidate INPUT... --out FILE [--roster FILE] [--lang kk|ru] [--json] [--redact]`:
 * exit 0 when the summary was written (rejected files included), 1 when it could not be, 2 for wrong usage.
 * Nothing given is lost and nothing is overwritten: what was given and where the summary goes are checked
 * before any file is read, and the summary is written whole or not at all.
 */
export async function consolidateCommand(args: string[], io: Io, ui: Lang): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      roster: { type: "string" },
      lang: { type: "string" },
      json: { type: "boolean" },
      redact: { type: "boolean" },
    },
  });
  const wrong = (reason: string) => usage(io, ui, "consolidate", reason);
  if (positionals.length === 0) return wrong(tc(ui, "cli.needsInputs"));
  const out = values.out;
  if (!out) return wrong(tc(ui, "cli.needsOut"));
  const lang = values.lang === undefined ? undefined : WorkbookLang.safeParse(values.lang).data;
  if (values.lang !== undefined && !lang) return wrong(tc(ui, "cli.needsSummaryLang"));

  // Whatever a user could have mistyped is said before a file is read or written.
  const missing = await firstMissing(values.roster ? [...positionals, values.roster] : positionals);
  if (missing !== undefined) return wrong(tc(ui, "cli.noSuchInput", { path: missing }));
  for (const input of positionals)
    if (await sameFile(out, input)) return wrong(tc(ui, "cli.outIsInput", { file: out }));
  if (values.roster && (await sameFile(out, values.roster))) return wrong(tc(ui, "cli.outIsRoster", { file: out }));
  const expanded = await expandInputs(positionals);
  const empty = expanded.empty[0];
  if (empty !== undefined) return wrong(tc(ui, "cli.noWorkbooks", { folder: empty }));
  // The last summary written into the inbox is no input of the next run (it would supersede every workbook in
  // it), nor is the roster kept beside the workbooks; a workbook of the inbox named as --out is refused.
  const [outKey, rosterKey] = await Promise.all([fileKey(out), values.roster ? fileKey(values.roster) : null]);
  const inputs: Input[] = [];
  for (const input of expanded.inputs) {
    const key = await fileKey(input.path);
    if (key !== null && key === outKey) {
      if (!(await isSummary(out))) return wrong(tc(ui, "cli.outIsInput", { file: out }));
    } else if (key === null || key !== rosterKey) inputs.push(input);
  }

  // Then the destination: a folder that cannot be made, no permission, or another run writing it stops here.
  let destination: Destination;
  try {
    destination = await Destination.open(out);
  } catch (error) {
    io.err(writeFailure(error, out, ui));
    return EXIT.failed;
  }
  try {
    return await consolidate(inputs, destination, { ...values, lang }, io, ui);
  } finally {
    await destination.abandon();
  }
}

interface Options {
  readonly roster?: string;
  readonly lang?: WorkbookLang;
  readonly json?: boolean;
  readonly redact?: boolean;
}

async function consolidate(
  inputs: readonly Input[],
  destination: Destination,
  options: Options,
  io: Io,
  ui: Lang,
): Promise<ExitCode> {
  let roster: RosterEntry[] | undefined;
  let rosterLang: WorkbookLang | undefined;
  if (options.roster) {
    const read = await readRosterFile(options.roster, ui);
    if (typeof read === "string") {
      io.err(`${tc(ui, "cli.rosterUnusable", { file: options.roster, reason: read })} ${tc(ui, "cli.roster.what")}`);
      return EXIT.failed;
    }
    roster = read.entries;
    rosterLang = read.lang ?? undefined;
  }

  const progress = options.json || !process.stderr.isTTY ? null : new Progress(ui);
  progress?.start("cli.progress.reading", inputs.length);
  const examined = await examineAll(inputs, ui, () => progress?.tick());
  const plan = planConsolidation(examined, { lang: options.lang ?? rosterLang, roster });
  progress?.start("cli.progress.writing", plan.accepted.length);

  const out = destination.file;
  try {
    const chunks = await writeSummary(plan, {
      redact: options.redact,
      compressor: nodeCompressor,
      onProgress: () => progress?.tick(),
    });
    await destination.commit(chunks);
  } catch (error) {
    progress?.stop();
    io.err(writeFailure(error, out, ui));
    return EXIT.failed;
  }
  progress?.stop();

  const entries = plan.decisions.map((d) => ledgerEntry(d, plan, ui));
  if (options.json) io.out(JSON.stringify(jsonLedger(plan, entries), null, 2));
  else io.out(readableLedger(plan, entries, ui, out));
  return EXIT.ok;
}

/** Whether a file is a summary this command wrote, so it may be written again. */
async function isSummary(file: string): Promise<boolean> {
  const read = readWorkbook((await readRegularFile(file).catch(() => null))?.bytes ?? new Uint8Array(), {
    inflate: nodeInflate,
  });
  return read.ok && readMeta(read.snapshot)?.get("template") === SUMMARY_TEMPLATE;
}

/** The roster's entries and language, or why it cannot be used: what the file is instead, its findings, or why it cannot be opened. */
async function readRosterFile(
  file: string,
  ui: Lang,
): Promise<{ entries: RosterEntry[]; lang: WorkbookLang | null } | string> {
  let bytes: Uint8Array;
  try {
    bytes = (await readRegularFile(file)).bytes;
  } catch (error) {
    return faultWords(error, ui);
  }
  const read = readRoster(bytes, { inflate: nodeInflate });
  if (read.ok) return read;
  const template = read.report.findings.find((f) => f.code === "template_not_roster")?.params.template;
  if (template === "vakr") return tc(ui, "cli.roster.isWorkbook");
  if (template === SUMMARY_TEMPLATE) return tc(ui, "cli.roster.isSummary");
  if (template !== undefined || read.report.findings.some((f) => f.code === "template_missing"))
    return tc(ui, "cli.roster.notOurs");
  return read.report.findings.map((f) => describeFinding(f, ui)).join(" ");
}

function counts(plan: Plan) {
  const of = (outcome: string) => plan.decisions.filter((d) => d.outcome === outcome).length;
  return {
    accepted: of("accepted"),
    rejected: of("rejected"),
    superseded: of("superseded"),
    missing: plan.missing.length,
  };
}

function jsonLedger(plan: Plan, entries: readonly LedgerEntry[]) {
  return {
    ...counts(plan),
    intake: entries.map((e) => ({
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

/** The short ledger: counts, then who was rejected and why, who was superseded, who never sent. */
function readableLedger(plan: Plan, entries: readonly LedgerEntry[], ui: Lang, out: string): string {
  const lines = [tc(ui, "cli.written", { file: out }), tc(ui, "cli.ledger.counts", counts(plan))];
  for (const outcome of ["rejected", "superseded"] as const) {
    const listed = entries.filter((e) => e.outcome === outcome);
    if (listed.length === 0) continue;
    lines.push("", tc(ui, `cli.ledger.${outcome}` as CliMessageId));
    for (const e of listed) lines.push(`  ${e.file}${e.org ? ` (${e.org})` : ""}: ${e.reason}`);
  }
  if (plan.missing.length > 0) {
    lines.push("", tc(ui, "cli.ledger.missing"));
    for (const m of plan.missing) lines.push(`  ${m.bin}  ${m.name}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A progress bar on the terminal's error stream, so the ledger on standard output stays clean. */
class Progress {
  private bar: SingleBar | null = null;

  constructor(private readonly ui: Lang) {}

  start(label: "cli.progress.reading" | "cli.progress.writing", total: number): void {
    this.stop();
    this.bar = new SingleBar(
      { format: `${tc(this.ui, label)} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true },
      Presets.shades_classic,
    );
    this.bar.start(total, 0);
  }

  tick(): void {
    this.bar?.increment();
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
