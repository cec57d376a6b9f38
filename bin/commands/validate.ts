import { basename } from "node:path";
import { parseArgs } from "node:util";
import { describeFinding, type Finding } from "../../shared/findings";
import { Lang, tc } from "../../shared/i18n";
import type { Report } from "../../shared/validation";
import { FILE_FAULTS } from "../../shared/xlsx";
import { validateAll } from "../consolidate/examine-all";
import { expandInputs } from "../expand-inputs";
import { firstMissing } from "../given-paths";
import { EXIT, type ExitCode, type Io, usage } from "../io";

/**
 * `adal validate FILE|FOLDER... [--json] [--lang kk|ru|en]`: exit 0 when every file is ready, 1 when any is not.
 * A folder stands for the .xlsx workbooks in it and its subfolders. Verdicts and messages speak one language:
 * `--lang`, else the command line's.
 */
export async function validateCommand(args: string[], io: Io, ui: Lang): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, lang: { type: "string" } },
  });
  const wrong = (reason: string) => usage(io, ui, "validate", reason);
  if (values.lang !== undefined && !Lang.safeParse(values.lang).success) return wrong(tc(ui, "cli.needsUiLang"));
  if (positionals.length === 0) return wrong(tc(ui, "cli.needsFiles"));
  const lang = (values.lang as Lang | undefined) ?? ui;
  const missing = await firstMissing(positionals);
  if (missing !== undefined) return wrong(tc(ui, "cli.noSuchInput", { path: missing }));
  const { inputs, empty } = await expandInputs(positionals);
  if (empty[0] !== undefined) return wrong(tc(ui, "cli.noWorkbooks", { folder: empty[0] }));

  // Many files are validated on worker threads, as consolidation reads them.
  const reports = await validateAll(inputs, lang);
  const results = inputs.map((input, i) => ({ file: input.shown, report: reports[i] as Report }));

  if (values.json) {
    const files = results.map(({ file, report }) => ({
      file,
      ready: report.ready,
      errors: report.errors,
      warnings: report.warnings,
      stamp: report.stamp?.status ?? null,
      findings: report.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        form: f.form,
        sheet: f.sheet,
        cell: f.cell,
        row: f.row,
        field: f.field,
        message: describeFinding(f, lang),
      })),
    }));
    io.out(JSON.stringify({ files }, null, 2));
  } else {
    // The files to act on first, then the ready ones; the counts last, where the eye ends.
    const notReady = results.filter((r) => !r.report.ready);
    for (const { file, report } of [...notReady, ...results.filter((r) => r.report.ready)])
      io.out(readable(file, report, lang));
    const unreadable = notReady.filter((r) => isUnreadable(r.report)).length;
    io.out(
      tc(lang, "cli.tally", {
        files: results.length,
        ready: results.length - notReady.length,
        notReady: notReady.length - unreadable,
        unreadable,
      }),
    );
  }
  return results.every((r) => r.report.ready) ? EXIT.ok : EXIT.failed;
}

const WHOLE_FILE_FAULTS = new Set<string>(["cannot_open", ...FILE_FAULTS]);

/** A file that could not be read at all, as against a workbook read with errors in it. */
const isUnreadable = (report: Report) => report.findings.some((f) => WHOLE_FILE_FAULTS.has(f.code));

/** The verdict, then findings grouped by sheet: cell, severity, message. */
function readable(file: string, report: Report, lang: Lang): string {
  const name = basename(file);
  const lines = [
    report.ready
      ? tc(lang, "cli.ready", { file: name, warnings: report.warnings })
      : tc(lang, "cli.notReady", { file: name, errors: report.errors, warnings: report.warnings }),
  ];
  if (report.stamp)
    lines.push(`  ${tc(lang, `cli.stamp.${report.stamp.status}`, { at: report.stamp.validatedAt ?? "—" })}`);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const sheet = f.sheet ?? tc(lang, "cli.wholeFile");
    groups.set(sheet, [...(groups.get(sheet) ?? []), f]);
  }
  for (const [sheet, findings] of groups) {
    lines.push("", `  ${sheet}`);
    const width = Math.max(...findings.map((f) => (f.cell ?? "").length));
    for (const f of findings) {
      const severity = tc(lang, `cli.severity.${f.severity}`).padEnd(9);
      lines.push(`    ${(f.cell ?? "").padEnd(width)}  ${severity} ${describeFinding(f, lang)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
