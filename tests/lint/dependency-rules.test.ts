import { ESLint } from "eslint";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
// The project's own flat config, handed over directly: ESLint's loader imports it dynamically, which jest's VM refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CONFIG = require(join(ROOT, "eslint.config.js"));
const DEPENDENCY_RULES = ["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"];

/** The dependency rules a file at `path` breaks, as the project's lint sees it. */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG }).lintText(code, {
    filePath: join(ROOT, path),
  });
  return result!.messages.map((m) => m.ruleId ?? m.message).filter((rule) => DEPENDENCY_RULES.includes(rule));
}

describe("the lint's dependency rules", () => {
  it.each([
    ["shared/forms/x.ts", 'import { VERSION } from "../../addin/src/version";\nexport const v = VERSION;\n'],
    ["shared/xlsx/x.ts", 'import { readFileText } from "../../bin/io";\nexport const r = readFileText;\n'],
    [
      "shared/consolidate/x.ts",
      'import { sample } from "../../workbook-templates/src/sample";\nexport const s = sample;\n',
    ],
  ])("refuse %s reaching up into a front end", async (path, code) => {
    expect(await broken(path, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["shared/rules/x.ts", 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n'],
    ["shared/validation/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'],
    ["shared/stamp/x.ts", 'import { createHash } from "crypto";\nexport const h = createHash;\n'],
    ["shared/consolidate/x.ts", 'import { Worker } from "worker_threads";\nexport const w = Worker;\n'],
  ])("refuse the domain (%s) a platform module", async (path, code) => {
    expect(await broken(path, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["shared/rules/x.ts", 'import { readForm } from "../validation/read-form";\nexport const r = readForm;\n'],
    ["shared/rules/x.ts", 'import { validateBytes } from "../validation";\nexport const v = validateBytes;\n'],
    ["shared/rules/x.ts", 'import { checkStamp } from "../stamp/stamp";\nexport const c = checkStamp;\n'],
    ["shared/stamp/x.ts", 'import { RULES } from "../rules";\nexport const r = RULES;\n'],
    ["shared/stamp/x.ts", 'import { cellRef } from "../xlsx/a1";\nexport const c = cellRef;\n'],
  ])("refuse %s anything but forms, values and findings (%#)", async (path, code) => {
    expect(await broken(path, code)).toEqual(["no-restricted-imports"]);
  });

  it("refuses the domain the DOM", async () => {
    expect(await broken("shared/findings/x.ts", "export const title = () => document.title;\n")).toEqual([
      "no-restricted-globals",
    ]);
  });

  it.each([
    ["addin/src/taskpane/x.ts", "export const run = () => Excel.run(async () => undefined);\n"],
    ["addin/src/use-cases/x.ts", "export type Range = Excel.Range;\n"],
    ["bin/x.ts", "export const run = () => Excel.run(async () => undefined);\n"],
  ])("refuse %s touching Excel", async (path, code) => {
    expect(await broken(path, code)).toEqual(["no-restricted-syntax"]);
  });

  it.each([
    ["addin/src/use-cases/x.ts", 'import { cellRef } from "../../../shared/xlsx/a1";\nexport const c = cellRef;\n'],
    ["bin/commands/x.ts", 'export { tc } from "../../shared/i18n/cli-text";\n'],
    [
      "addin/src/office/x.ts",
      'import { isDateFormat } from "../../../shared/xlsx/read/date-format";\nexport const d = isDateFormat;\n',
    ],
  ])("refuse %s reaching into a folder of shared/ past its index.ts (%#)", async (path, code) => {
    expect(await broken(path, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["addin/src/x.ts", 'export const load = () => import("../../shared/consolidate/consolidate");\n'],
    ["addin/src/office/x.ts", 'export type Cell = typeof import("../../../shared/xlsx/a1");\n'],
    [
      "bin/x.ts",
      '// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const forms = () => require("../shared/forms/summary");\n',
    ],
  ])("refuse %s loading a module inside a folder of shared/ lazily (%#)", async (path, code) => {
    expect(await broken(path, code)).toEqual(["no-restricted-syntax"]);
  });

  it.each([
    ["addin/src/office/x.ts", "export const run = () => Excel.run(async () => undefined);\n"],
    ["shared/xlsx/x.ts", 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n'],
    ["bin/x.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'],
    ["addin/src/main.ts", "export const excel = () => Office.HostType.Excel;\n"],
    ["shared/rules/x.ts", 'import { findingAt } from "../findings/finding-at";\nexport const f = findingAt;\n'],
    ["shared/stamp/x.ts", 'import { valueColumns } from "../forms";\nexport const v = valueColumns;\n'],
    ["addin/src/use-cases/x.ts", 'import { cellRef } from "../../../shared/xlsx";\nexport const c = cellRef;\n'],
    ["addin/src/x.ts", 'export const load = () => import("../../shared/consolidate");\n'],
    ["bin/commands/x.ts", 'export { tc } from "../../shared/i18n";\n'],
  ])("let %s do what its layer is for", async (path, code) => {
    expect(await broken(path, code)).toEqual([]);
  });
});
