import { type Lang, type CliMessageId, tc } from "../shared/i18n";
import { EXIT, type ExitCode, type Io, processIo, usage } from "./io";
import { uiLang } from "./ui-lang";

type Command = (args: string[], io: Io, ui: Lang) => Promise<ExitCode>;

// A command's code loads when it runs, so `adal --help` starts without the validation or exceljs. `require`, not
// import(): both the build (esbuild) and the sources run through tsx's CommonJS hook resolve it.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  template: () => (require("./commands/template") as typeof import("./commands/template")).templateCommand,
  templates: () => (require("./commands/template") as typeof import("./commands/template")).templatesCommand,
  validate: () => (require("./commands/validate") as typeof import("./commands/validate")).validateCommand,
  consolidate: () => (require("./commands/consolidate") as typeof import("./commands/consolidate")).consolidateCommand,
  report: () => (require("./commands/report") as typeof import("./commands/report")).reportCommand,
};
const contractVersion = () => (require("../shared/forms") as typeof import("../shared/forms")).CONTRACT_VERSION;
/* eslint-enable @typescript-eslint/no-require-imports */

// Read when asked, so the command line needs no build step to know its own version.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const version = (): string => (require("../package.json") as { version: string }).version;

/** `adal <command> ...`: arguments to a use case, its outcome to an exit code. */
export async function main(argv: string[], io: Io = processIo, ui: Lang = uiLang()): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(tc(ui, "cli.usage"));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    // The contract's version comes with the forms (and zod): loaded for this alone, not at every start.
    io.out(tc(ui, "cli.version", { version: version(), contract: String(contractVersion()) }));
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(tc(ui, "cli.unknownCommand", { command: name }));
    return EXIT.usage;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(tc(ui, `cli.help.${name}` as CliMessageId));
    return EXIT.ok;
  }
  try {
    const command = load();
    return await command(args, io, ui);
  } catch (error) {
    // parseArgs rejects unknown options and missing values: a usage error, said in the user's language.
    if (isParseArgsError(error)) return usage(io, ui, name, parseArgsReason(error, ui));
    throw error;
  }
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    typeof error === "object" && error !== null && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")
  );
}

/** Node's English explanation replaced by ours; only the option or argument it names is kept. */
function parseArgsReason(error: Error & { code: string }, ui: Lang): string {
  const named = (/'([^']*)'/.exec(error.message)?.[1] ?? "").replace(/ <value>$/, "");
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return tc(ui, "cli.optionNeedsValue", { option: named });
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return tc(ui, "cli.unexpectedArgument", { argument: named });
  return tc(ui, "cli.unknownOption", { option: named });
}
