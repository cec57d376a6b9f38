import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../bin/cli";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { changed, VALID_ENTRIES } from "../../support/valid-entries";
import { capture } from "../../support/capture-io";

const dir = mkdtempSync(join(tmpdir(), "adal-validate-"));
const files = { ready: join(dir, "ready.xlsx"), faulty: join(dir, "faulty.xlsx"), csv: join(dir, "list.xlsx") };

beforeAll(async () => {
  writeFileSync(files.ready, await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES)));
  const faulty = changed({ Conflicts: { 0: { direct_subordination: "Иә" } }, Contracts: { 0: { amount: "көп" } } });
  writeFileSync(files.faulty, await writeXlsx(filledSpec("vakr", "kk", faulty)));
  writeFileSync(files.csv, "bin;name\n040540000004;Мектеп\n");
});

describe("adal validate", () => {
  it("exits 0 when every file is ready", async () => {
    const io = capture();
    expect(await main(["validate", files.ready], io, "en")).toBe(0);
    expect(io.stdout.join("\n")).toContain("ready.xlsx: ready to send (warnings: 0)");
  });

  it("exits 1 and lists the findings by sheet, verdicts and messages in the user's language, when a file has errors", async () => {
    const io = capture();
    expect(await main(["validate", files.ready, files.faulty], io, "ru")).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain("faulty.xlsx: не готов — ошибок: 2, предупреждений: 1");
    expect(text).toMatch(/ {2}Мүдделер қақтығысы\n {4}I4 {2}ошибка +Родственник в прямой подчинённости/);
    expect(text).toMatch(/ {2}Шарттар\n {4}H4 {2}ошибка +«көп» — не число/);
  });

  it("speaks the language asked for with --lang", async () => {
    const io = capture();
    await main(["validate", "--lang", "en", files.faulty], io, "ru");
    expect(io.stdout.join("\n")).toContain(`H4  error     "көп" is not a number`);
  });

  it("gives every file its verdict in JSON, a file that is not a workbook included", async () => {
    const io = capture();
    expect(await main(["validate", "--json", "--lang", "en", files.faulty, files.csv, dir], io, "en")).toBe(1);
    const json = JSON.parse(io.stdout.join("")) as {
      files: { file: string; ready: boolean; stamp: string | null; findings: Record<string, unknown>[] }[];
    };
    expect(json.files.map((f) => [f.file, f.ready, f.stamp])).toEqual([
      [files.faulty, false, "absent"],
      [files.csv, false, null],
      [files.faulty, false, "absent"],
      [files.csv, false, null],
      [files.ready, true, "absent"],
    ]);
    expect(json.files[0]?.findings[1]).toEqual({
      code: "measures_missing",
      severity: "error",
      form: "Conflicts",
      sheet: "Мүдделер қақтығысы",
      cell: "I4",
      row: 4,
      field: "measures",
      message:
        "The relative is a direct subordinate: describe the measures taken to settle the conflict of interest in “Measures taken”.",
    });
    expect(json.files[1]?.findings.map((x) => x.code)).toEqual(["file_not_zip"]);
  });

  it("lists the files that are not ready first and ends with the counts", async () => {
    const io = capture();
    expect(await main(["validate", dir], io, "kk")).toBe(1);
    const verdicts = io.stdout.map((block) => block.split("\n")[0]);
    expect(verdicts).toEqual([
      "faulty.xlsx: дайын емес — 2 қате, 1 ескерту",
      "list.xlsx: дайын емес — 1 қате, 0 ескерту",
      "ready.xlsx: жіберуге дайын (0 ескерту)",
      "Файлдар: 3; дайын: 1, дайын емес: 1, оқылмады: 1",
    ]);
  });

  it("names a path that does not exist and an empty folder as wrong usage (exit 2)", async () => {
    const io = capture();
    expect(await main(["validate", files.ready, join(dir, "absent.xlsx")], io, "en")).toBe(2);
    expect(io.stderr.join("")).toContain(`there is no file or folder ${join(dir, "absent.xlsx")}`);
    expect(io.stdout).toEqual([]);
    const empty = mkdtempSync(join(tmpdir(), "adal-empty-"));
    expect(await main(["validate", empty], io, "en")).toBe(2);
    expect(io.stderr.join("")).toContain(`no workbooks (.xlsx) found in ${empty}`);
  });

  it.each([[["validate"]], [["validate", "--lang", "de", "a.xlsx"]], [["validate", "--strict", "a.xlsx"]]])(
    "exits 2 for wrong usage: %j",
    async (argv) => {
      const io = capture();
      expect(await main(argv, io, "en")).toBe(2);
      expect(io.stderr.join("")).toMatch(/Wrong arguments/);
    },
  );
});
