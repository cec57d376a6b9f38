import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../bin/cli";
import { CONTRACT_VERSION } from "../../shared/forms";
import { uiLang } from "../../bin/ui-lang";
import { writeTemplate } from "../../workbook-templates/src/write-template";
import { capture } from "../support/capture-io";

const tmp = () => mkdtempSync(join(tmpdir(), "adal-cli-"));
const adal = join(__dirname, "..", "..", "bin", "adal");

describe("adal", () => {
  it("lists its commands with --help", async () => {
    const io = capture();
    expect(await main(["--help"], io, "en")).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/template --lang kk\|ru \[--roster\] --out FILE/);
  });

  it("answers in the user's language", async () => {
    const io = capture();
    await main(["help"], io, "kk");
    expect(io.stdout.join("\n")).toContain("Командалар");
  });

  it("shows the help and exits 2 when given no command", async () => {
    const io = capture();
    expect(await main([], io, "en")).toBe(2);
    expect(io.stdout.join("")).toContain("Usage");
  });

  it("exits 2 for an unknown command, naming it", async () => {
    const io = capture();
    expect(await main(["consolidat"], io, "ru")).toBe(2);
    expect(io.stderr.join("")).toBe("Нет команды «consolidat». Справка: adal --help");
  });

  it.each([
    [["template", "--out", "x.xlsx"], "--lang"],
    [["template", "--lang", "en", "--out", "x.xlsx"], "--lang"],
    [["template", "--lang", "kk"], "--out"],
    [["template", "--lang", "kk", "--out", "x.xlsx", "--colour"], "--colour"],
    [["templates"], "--out-dir"],
  ])("exits 2 for %j, saying what is missing", async (argv, said) => {
    const io = capture();
    expect(await main(argv, io, "en")).toBe(2);
    expect(io.stderr.join("")).toContain(said);
  });

  it("writes the template asked for", async () => {
    const file = join(tmp(), "sub", "roster-ru.xlsx");
    const io = capture();
    expect(await main(["template", "--lang", "ru", "--roster", "--out", file], io, "en")).toBe(0);
    expect(readFileSync(file).equals(Buffer.from(await writeTemplate("roster", "ru")))).toBe(true);
    expect(io.stdout).toEqual([`Written: ${file}`]);
  });

  it("writes every template into a folder", async () => {
    const dir = tmp();
    expect(await main(["templates", "--out-dir", dir], capture(), "en")).toBe(0);
    for (const name of ["vakr-kk.xlsx", "vakr-ru.xlsx", "roster-kk.xlsx", "roster-ru.xlsx"])
      expect(existsSync(join(dir, name))).toBe(true);
  });

  it("exits 1 and says why when the file cannot be written", async () => {
    const blocker = join(tmp(), "a-file");
    await main(["template", "--lang", "kk", "--out", blocker], capture(), "en");
    const io = capture();
    expect(await main(["template", "--lang", "kk", "--out", join(blocker, "x.xlsx")], io, "en")).toBe(1);
    expect(io.stderr.join("")).toBe(
      `Could not write ${join(blocker, "x.xlsx")}: a part of the path is a file, not a folder. The file was left as it was.`,
    );
  });

  it("runs from the checkout as ./bin/adal", () => {
    const file = join(tmp(), "vakr-kk.xlsx");
    const out = execFileSync(adal, ["template", "--lang", "kk", "--out", file], {
      encoding: "utf8",
      env: { ...process.env, ADAL_LANG: "en" },
    });
    expect(out.trim()).toBe(`Written: ${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it("gives the exit code of the command to the shell", () => {
    expect(spawnSync(adal, ["template"], { encoding: "utf8" }).status).toBe(2);
  });
});

describe("each command's own help, and the version", () => {
  const COMMANDS = ["template", "templates", "validate", "consolidate"];
  const cases = COMMANDS.flatMap((command) => (["kk", "ru", "en"] as const).map((lang) => [command, lang] as const));

  it.each(cases)("adal %s --help speaks %s, with balanced quotes", async (command, lang) => {
    const io = capture();
    expect(await main([command, "--help"], io, lang)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain(`adal ${command}`);
    for (const [open, close] of [
      ["«", "»"],
      ["“", "”"],
      ["(", ")"],
      ["[", "]"],
    ] as const)
      expect(text.split(open).length).toBe(text.split(close).length);
    expect(text.split('"').length % 2).toBe(1);
    // Only options, the command's name and placeholders in Latin letters: no English sentence inside.
    if (lang !== "en")
      expect(
        text.replace(
          /adal|--[a-z-]+|\b(kk|ru|en|template|templates|validate|consolidate)\b|JSON|\.xlsx|roster\.xlsx/g,
          "",
        ),
      ).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("says an unknown option in the user's language, without Node's English", async () => {
    const io = capture();
    expect(await main(["validate", "--strict", "a.xlsx"], io, "kk")).toBe(2);
    expect(io.stderr.join("")).toBe(
      "Параметрлер дұрыс емес: --strict деген параметр жоқ. Анықтама: adal validate --help",
    );
  });

  it("says an option lacks its value", async () => {
    const io = capture();
    expect(await main(["consolidate", "inbox", "--out"], io, "en")).toBe(2);
    expect(io.stderr.join("")).toBe("Wrong arguments: --out needs a value. Help: adal consolidate --help");
  });

  it("prints Adal's version and the template's version with --version", async () => {
    const io = capture();
    expect(await main(["--version"], io, "en")).toBe(0);
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(io.stdout).toEqual([`adal ${version}; workbook template version ${CONTRACT_VERSION}`]);
  });
});

describe("the command line's language", () => {
  it.each([
    [{ ADAL_LANG: "kk" }, "kk"],
    [{ LANG: "ru_RU.UTF-8" }, "ru"],
    [{ LANG: "kk_KZ.UTF-8" }, "kk"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
    [{}, "en"],
  ])("follows %j: %s", (env, lang) => {
    expect(uiLang(env)).toBe(lang);
  });
});
