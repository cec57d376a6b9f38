import { join } from "node:path";
import { parseArgs } from "node:util";
import type { TemplateId } from "../../shared/forms";
import { type Lang, WorkbookLang, tc } from "../../shared/i18n";
import { TEMPLATE_VARIANTS, templateFileName, writeTemplate } from "../../workbook-templates/src/write-template";
import { EXIT, type ExitCode, type Io, usage } from "../io";
import { writeFailure, writeWhole } from "../safe-write";

async function write(file: string, template: TemplateId, lang: WorkbookLang, io: Io, ui: Lang): Promise<boolean> {
  try {
    await writeWhole(file, [await writeTemplate(template, lang)]);
    io.out(tc(ui, "cli.written", { file }));
    return true;
  } catch (error) {
    io.err(writeFailure(error, file, ui));
    return false;
  }
}

/** `adal template --lang kk|ru [--roster] --out FILE` */
export async function templateCommand(args: string[], io: Io, ui: Lang): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { lang: { type: "string" }, roster: { type: "boolean" }, out: { type: "string" } },
  });
  const lang = WorkbookLang.safeParse(values.lang);
  if (!lang.success) return usage(io, ui, "template", tc(ui, "cli.needsLang"));
  if (!values.out) return usage(io, ui, "template", tc(ui, "cli.needsOut"));
  return (await write(values.out, values.roster ? "roster" : "vakr", lang.data, io, ui)) ? EXIT.ok : EXIT.failed;
}

/** `adal templates --out-dir DIR`: every template in every workbook language. */
export async function templatesCommand(args: string[], io: Io, ui: Lang): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { "out-dir": { type: "string" } } });
  const dir = values["out-dir"];
  if (!dir) return usage(io, ui, "templates", tc(ui, "cli.needsOutDir"));
  let ok = true;
  for (const [template, lang] of TEMPLATE_VARIANTS) {
    ok = (await write(join(dir, templateFileName(template, lang)), template, lang, io, ui)) && ok;
  }
  return ok ? EXIT.ok : EXIT.failed;
}
