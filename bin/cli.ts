import type { Lang } from "../shared/i18n/lang";
import { t } from "../shared/i18n/translate";
import { EXIT, type ExitCode, type Io, processIo } from "./io";
import { uiLang } from "./ui-lang";

type Command = (args: string[], io: Io, ui: Lang) => Promise<ExitCode>;

// A command's code loads when it runs, so `adal --help` starts without the validation or exceljs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  template: async () => (await import("./commands/template")).templateCommand,
  templates: async () => (await import("./commands/template")).templatesCommand,
  validate: async () => (await import("./commands/validate")).validateCommand,
  consolidate: async () => (await import("./commands/consolidate")).consolidateCommand,
};

/** `adal <command> ...`: arguments to a use case, its outcome to an exit code. */
export async function main(argv: string[], io: Io = processIo, ui: Lang = uiLang()): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(t(ui, "cli.usage"));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(t(ui, "cli.unknownCommand", { command: name }));
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(args, io, ui);
  } catch (error) {
    // parseArgs rejects unknown options and missing values: a usage error, said in the user's language.
    if (isParseArgsError(error)) {
      io.err(t(ui, "cli.badArguments", { reason: error.message }));
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    typeof error === "object" && error !== null && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")
  );
}
