import { createWriteStream } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { ledgerEntry, type LedgerEntry } from "../../shared/consolidate/intake";
import { planConsolidation, type Plan } from "../../shared/consolidate/plan";
import { readRoster, type RosterEntry } from "../../shared/consolidate/roster";
import { writeSummary } from "../../shared/consolidate/write-summary";
import { describeFinding } from "../../shared/findings/describe-finding";
import { type Lang, WorkbookLang } from "../../shared/i18n/lang";
import { t } from "../../shared/i18n/translate";
import { examineAll } from "../consolidate/examine-all";
import { namedInputs } from "../expand-inputs";
import { EXIT, type ExitCode, type Io } from "../io";
import { nodeCompressor } from "../node-deflate";
import { nodeInflate } from "../node-inflate";

/**
 * `adal consolidate INPUT... --out FILE [--roster FILE] [--lang kk|ru] [--json] [--redact]`:
 * exit 0 when the summary was written (rejected files included), 1 when it could not be, 2 for wrong usage.
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
  if (positionals.length === 0) return usage(io, ui, t(ui, "cli.needsInputs"));
  if (!values.out) return usage(io, ui, t(ui, "cli.needsOut"));
  const lang = values.lang === undefined ? undefined : WorkbookLang.safeParse(values.lang).data;
  if (values.lang !== undefined && !lang) return usage(io, ui, t(ui, "cli.needsSummaryLang"));

  let roster: RosterEntry[] | undefined;
  let rosterLang: WorkbookLang | undefined;
  if (values.roster) {
    const read = await readFile(values.roster).then(
      (bytes) => readRoster(bytes, { inflate: nodeInflate }),
      (error: { code?: string }) => ({ ok: false as const, reason: error.code ?? String(error) }),
    );
    if (!read.ok) {
      const reason = "report" in read ? read.report.findings.map((f) => describeFinding(f, ui)).join(" ") : read.reason;
      io.err(t(ui, "cli.rosterUnusable", { file: values.roster, reason }));
      return EXIT.failed;
    }
    roster = read.entries;
    rosterLang = read.lang ?? undefined;
  }

  const progress = values.json || !process.stderr.isTTY ? null : new Progress(ui);
  // The summary written into the inbox is no input of the next run (it would supersede every workbook in it),
  // nor is the roster kept beside the workbooks.
  const own = new Set([values.out, values.roster].filter((p) => p !== undefined).map((p) => resolve(p)));
  const inputs = (await namedInputs(positionals)).filter((input) => !own.has(resolve(input.path)));
  progress?.start("cli.progress.reading", inputs.length);
  const examined = await examineAll(inputs, () => progress?.tick());
  const plan = planConsolidation(examined, { lang: lang ?? rosterLang, roster });
  progress?.start("cli.progress.writing", plan.accepted.length);

  const out = values.out;
  try {
    const chunks = await writeSummary(plan, {
      redact: values.redact,
      compressor: nodeCompressor,
      onProgress: () => progress?.tick(),
    });
    await writeChunks(out, chunks);
  } catch (error) {
    progress?.stop();
    io.err(t(ui, "cli.cannotWrite", { file: out, reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }
  progress?.stop();

  const entries = plan.decisions.map((d) => ledgerEntry(d, plan, ui));
  if (values.json) io.out(JSON.stringify(jsonLedger(plan, entries), null, 2));
  else io.out(readableLedger(plan, entries, ui, out));
  return EXIT.ok;
}

/** Written beside the target first, so a failure never leaves half a summary under the real name. */
async function writeChunks(file: string, chunks: readonly Uint8Array[]): Promise<void> {
  const part = `${file}.part`;
  try {
    await new Promise<void>((resolve, reject) => {
      const stream = createWriteStream(part);
      stream.on("error", reject);
      for (const chunk of chunks) stream.write(chunk);
      stream.end(resolve);
    });
    await rename(part, file);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
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
  const lines = [t(ui, "cli.written", { file: out }), t(ui, "cli.ledger.counts", counts(plan))];
  for (const outcome of ["rejected", "superseded"] as const) {
    const listed = entries.filter((e) => e.outcome === outcome);
    if (listed.length === 0) continue;
    lines.push("", t(ui, `cli.ledger.${outcome}`));
    for (const e of listed) lines.push(`  ${e.file}${e.org ? ` (${e.org})` : ""}: ${e.reason}`);
  }
  if (plan.missing.length > 0) {
    lines.push("", t(ui, "cli.ledger.missing"));
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
      { format: `${t(this.ui, label)} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true },
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

function usage(io: Io, ui: Lang, reason: string): ExitCode {
  io.err(t(ui, "cli.badArguments", { reason }));
  return EXIT.usage;
}
