import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { describeFinding } from "../../shared/findings/describe-finding";
import type { Finding } from "../../shared/findings/finding";
import { Lang } from "../../shared/i18n/lang";
import { t } from "../../shared/i18n/translate";
import { type Report, validateBytes } from "../../shared/validation";
import { fileReport } from "../../shared/validation/report";
import { EXIT, type ExitCode, type Io } from "../io";
import { expandInputs } from "../expand-inputs";
import { nodeInflate } from "../node-inflate";

/**
 * `adal validate FILE|FOLDER... [--json] [--lang kk|ru|en]`: exit 0 when every file is ready, 1 when any is not.
 * A folder stands for the .xlsx workbooks in it and its subfolders.
 */
export async function validateCommand(args: string[], io: Io, ui: Lang): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, lang: { type: "string" } },
  });
  if (values.lang !== undefined && !Lang.safeParse(values.lang).success) return usage(io, ui, t(ui, "cli.needsUiLang"));
  if (positionals.length === 0) return usage(io, ui, t(ui, "cli.needsFiles"));
  const chosen = values.lang as Lang | undefined;

  const results = [];
  for (const file of await expandInputs(positionals)) results.push({ file, report: await validateFile(file) });

  if (values.json) {
    const files = results.map(({ file, report }) => {
      const lang = chosen ?? report.lang ?? ui;
      return {
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
      };
    });
    io.out(JSON.stringify({ files }, null, 2));
  } else {
    for (const { file, report } of results) io.out(readable(file, report, chosen ?? ui, chosen ?? report.lang ?? ui));
  }
  return results.every((r) => r.report.ready) ? EXIT.ok : EXIT.failed;
}

/** A file that cannot be opened is a finding of its own: every file given gets its verdict. */
async function validateFile(file: string): Promise<Report> {
  try {
    return await validateBytes(await readFile(file), { inflate: nodeInflate });
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    return fileReport("cannot_open", { detail: code });
  }
}

/** The verdict, then findings grouped by sheet: cell, severity, message. Messages in the workbook's language. */
function readable(file: string, report: Report, ui: Lang, lang: Lang): string {
  const name = basename(file);
  const lines = [
    report.ready
      ? t(ui, "cli.ready", { file: name, warnings: report.warnings })
      : t(ui, "cli.notReady", { file: name, errors: report.errors, warnings: report.warnings }),
  ];
  if (report.stamp)
    lines.push(`  ${t(ui, `cli.stamp.${report.stamp.status}`, { at: report.stamp.validatedAt ?? "—" })}`);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const sheet = f.sheet ?? t(ui, "cli.wholeFile");
    groups.set(sheet, [...(groups.get(sheet) ?? []), f]);
  }
  for (const [sheet, findings] of groups) {
    lines.push("", `  ${sheet}`);
    const width = Math.max(...findings.map((f) => (f.cell ?? "").length));
    for (const f of findings) {
      const severity = t(ui, `cli.severity.${f.severity}`).padEnd(9);
      lines.push(`    ${(f.cell ?? "").padEnd(width)}  ${severity} ${describeFinding(f, lang)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function usage(io: Io, ui: Lang, reason: string): ExitCode {
  io.err(t(ui, "cli.badArguments", { reason }));
  return EXIT.usage;
}
