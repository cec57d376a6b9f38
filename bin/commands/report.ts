import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { writeDocx } from "../../shared/docx";
import { describeFinding } from "../../shared/findings";
import { type Lang, WorkbookLang, tc } from "../../shared/i18n";
import { draftReport } from "../../shared/report";
import { EXIT, type ExitCode, type Io } from "../io";
import { nodeInflate } from "../node-inflate";

/**
 * `adal report FILE --out FILE.docx [--lang kk|ru] [--title NAME]`: an organization's workbook gives its
 * analytical report (a draft when it has errors), a summary the department's report. Exit 0 when written,
 * 1 when the file gives no document or it could not be written, 2 for wrong usage.
 */
export async function reportCommand(args: string[], io: Io, ui: Lang): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" }, lang: { type: "string" }, title: { type: "string" } },
  });
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) return usage(io, ui, tc(ui, "cli.report.needsFile"));
  if (!values.out) return usage(io, ui, tc(ui, "cli.needsOut"));
  const lang = values.lang === undefined ? undefined : WorkbookLang.safeParse(values.lang).data;
  if (values.lang !== undefined && !lang) return usage(io, ui, tc(ui, "cli.needsSummaryLang"));

  const name = basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(tc(ui, "cli.report.notUsable", { file: name, reason: (error as { code?: string }).code ?? String(error) }));
    return EXIT.failed;
  }
  const draft = await draftReport(bytes, {
    lang,
    title: values.title,
    today: new Date().toISOString().slice(0, 10),
    inflate: nodeInflate,
  });
  if (!draft.ok) {
    const reason = draft.report.findings
      .filter((f) => f.severity === "error")
      .slice(0, 3)
      .map((f) => describeFinding(f, ui))
      .join(" ");
    io.err(tc(ui, "cli.report.notUsable", { file: name, reason }));
    return EXIT.failed;
  }

  // Written beside under another name first, so a failure never leaves half a document under the real one.
  const out = values.out;
  const part = `${out}.part`;
  try {
    await writeFile(part, await writeDocx(draft.spec));
    await rename(part, out);
  } catch (error) {
    await rm(part, { force: true });
    io.err(tc(ui, "cli.cannotWrite", { file: out, reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }
  if (draft.errors > 0) io.err(tc(ui, "cli.report.draft", { file, errors: draft.errors }));
  io.out(tc(ui, "cli.written", { file: out }));
  return EXIT.ok;
}

function usage(io: Io, ui: Lang, reason: string): ExitCode {
  io.err(tc(ui, "cli.badArguments", { reason }));
  return EXIT.usage;
}
