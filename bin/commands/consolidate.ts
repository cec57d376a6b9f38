import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import {
  consolidate,
  type Consolidation,
  ledgerJson,
  type Progress,
  RosterUnusable,
  type ReceivedFile,
} from "../../shared/consolidate";
import { SUMMARY_TEMPLATE } from "../../shared/forms";
import { type Lang, WorkbookLang, type CliMessageId, tc } from "../../shared/i18n";
import { readMeta } from "../../shared/validation";
import { readWorkbook } from "../../shared/xlsx";
import { examineAll } from "../consolidate/examine-all";
import { expandInputs, type Input } from "../expand-inputs";
import { faultWords } from "../fault-words";
import { fileKey, firstMissing, sameFile } from "../given-paths";
import { EXIT, type ExitCode, type Io, usage } from "../io";
import { nodeCompressor } from "../node-deflate";
import { nodeInflate, nodeInflateLater } from "../node-inflate";
import { readRegularFile } from "../read-regular";
import { Destination, writeFailure } from "../safe-write";

/**
 * `adal consolidate INPUT... --out FILE [--roster FILE] [--lang kk|ru] [--department NAME] [--json] [--redact]`:
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
      department: { type: "string" },
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
    return await consolidateInputs(inputs, destination, { ...values, lang }, io, ui);
  } finally {
    await destination.abandon();
  }
}

interface Options {
  readonly roster?: string;
  readonly lang?: WorkbookLang;
  readonly department?: string;
  readonly json?: boolean;
  readonly redact?: boolean;
}

async function consolidateInputs(
  inputs: readonly Input[],
  destination: Destination,
  options: Options,
  io: Io,
  ui: Lang,
): Promise<ExitCode> {
  let roster: ReceivedFile | undefined;
  if (options.roster) {
    try {
      roster = { name: options.roster, modified: 0, bytes: (await readRegularFile(options.roster)).bytes };
    } catch (error) {
      return rosterUnusable(io, ui, options.roster, faultWords(error, ui));
    }
  }

  const bar = options.json || !process.stderr.isTTY ? null : new ProgressBar(ui);
  const out = destination.file;
  let consolidation: Consolidation;
  try {
    consolidation = await consolidate(inputs, {
      ui,
      roster,
      lang: options.lang,
      department: options.department,
      redact: options.redact,
      read: { inflate: nodeInflate },
      compressor: nodeCompressor,
      unpack: nodeInflateLater,
      examine: (files, onExamined) => examineAll(files, ui, onExamined),
      onProgress: (progress) => bar?.show(progress),
    });
    await destination.commit(consolidation.summary);
  } catch (error) {
    bar?.stop();
    if (error instanceof RosterUnusable) return rosterUnusable(io, ui, error.file, rosterReason(error, ui));
    io.err(writeFailure(error, out, ui));
    return EXIT.failed;
  }
  bar?.stop();

  if (options.json) io.out(JSON.stringify(ledgerJson(consolidation), null, 2));
  else io.out(readableLedger(consolidation, ui, out));
  return EXIT.ok;
}

function rosterUnusable(io: Io, ui: Lang, file: string, reason: string): ExitCode {
  io.err(`${tc(ui, "cli.rosterUnusable", { file, reason })} ${tc(ui, "cli.roster.what")}`);
  return EXIT.failed;
}

/** Whether a file is a summary this command wrote, so it may be written again. */
async function isSummary(file: string): Promise<boolean> {
  const read = readWorkbook((await readRegularFile(file).catch(() => null))?.bytes ?? new Uint8Array(), {
    inflate: nodeInflate,
  });
  return read.ok && readMeta(read.snapshot)?.get("template") === SUMMARY_TEMPLATE;
}

/** Why the roster cannot be used: what the file is instead, else its findings. */
function rosterReason({ report, reason }: RosterUnusable, ui: Lang): string {
  const template = report.findings.find((f) => f.code === "template_not_roster")?.params.template;
  if (template === "vakr") return tc(ui, "cli.roster.isWorkbook");
  if (template === SUMMARY_TEMPLATE) return tc(ui, "cli.roster.isSummary");
  if (template !== undefined || report.findings.some((f) => f.code === "template_missing"))
    return tc(ui, "cli.roster.notOurs");
  return reason;
}

/** The short ledger: counts, then who was rejected and why, who was superseded, who never sent. */
function readableLedger({ plan, ledger, counts }: Consolidation, ui: Lang, out: string): string {
  const lines = [tc(ui, "cli.written", { file: out }), tc(ui, "cli.ledger.counts", counts)];
  for (const outcome of ["rejected", "superseded"] as const) {
    const listed = ledger.filter((e) => e.outcome === outcome);
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
class ProgressBar {
  private bar: SingleBar | null = null;
  private step: Progress["step"] | null = null;

  constructor(private readonly ui: Lang) {}

  show({ step, done, total }: Progress): void {
    if (step !== this.step) {
      this.stop();
      this.step = step;
      this.bar = new SingleBar(
        {
          format: `${tc(this.ui, `cli.progress.${step}`)} [{bar}] {value}/{total}`,
          stream: process.stderr,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      this.bar.start(total, done);
    } else this.bar?.update(done);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
    this.step = null;
  }
}
