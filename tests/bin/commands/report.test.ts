import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../bin/cli";
import type { Io } from "../../../bin/io";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { docxView } from "../../readers/independent-readers";
import { summarize } from "../../support/consolidation";
import { changed, VALID_ENTRIES } from "../../support/valid-entries";

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), "adal-report-"));
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  writeFileSync(at("school.xlsx"), await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES)));
  const faulty = changed({ Contracts: { 0: { amount: "много" } } });
  writeFileSync(at("faulty.xlsx"), await writeXlsx(filledSpec("vakr", "ru", faulty)));
  writeFileSync(
    at("summary.xlsx"),
    (
      await summarize([{ name: "school.xlsx", bytes: await writeXlsx(filledSpec("vakr", "kk", VALID_ENTRIES)) }], {
        lang: "kk",
      })
    ).bytes,
  );
  const department = "Павлодар қаласының білім бөлімі";
  const kk = [{ name: "school.xlsx", bytes: await writeXlsx(filledSpec("vakr", "kk", VALID_ENTRIES)) }];
  writeFileSync(at("named-summary.xlsx"), (await summarize(kk, { lang: "kk", department })).bytes);
  writeFileSync(at("notes.xlsx"), "not a workbook");
}, 120_000);

describe("adal report", () => {
  it.each([
    [["report", "--out", "x.docx"], "give one workbook or summary"],
    [["report", "a.xlsx", "b.xlsx", "--out", "x.docx"], "give one workbook or summary"],
    [["report", "a.xlsx"], "give --out FILE"],
    [["report", "a.xlsx", "--out", "x.docx", "--lang", "en"], "--lang must be kk or ru"],
  ])("exits 2 for wrong usage: %j", async (argv, message) => {
    const io = capture();
    expect(await main(argv, io, "en")).toBe(2);
    expect(io.stderr.join("\n")).toContain(message);
  });

  it("writes an organization's analytical report in the language asked for, and nothing else beside it", async () => {
    const io = capture();
    expect(await main(["report", at("school.xlsx"), "--out", at("school.docx"), "--lang", "kk"], io, "en")).toBe(0);
    expect(io.stdout).toEqual([`Written: ${at("school.docx")}`]);
    expect(docxView(at("school.docx")).paragraphs).toContain(
      "Сыбайлас жемқорлық тәуекелдеріне ішкі талдау нәтижелері бойынша талдамалық анықтама",
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".part"))).toEqual([]);
  });

  it("writes a workbook with errors as a draft, and says so", async () => {
    const io = capture();
    expect(await main(["report", at("faulty.xlsx"), "--out", at("faulty.docx")], io, "en")).toBe(0);
    expect(io.stderr.join("\n")).toContain("has errors (1): the report is written as a draft");
    expect(docxView(at("faulty.docx")).header).toEqual(["ПРОЕКТ — не проверено: в рабочей книге есть ошибки (1)"]);
  });

  it("writes a department's report from a summary, in the summary's language, titled as asked", async () => {
    const io = capture();
    const argv = [
      "report",
      at("summary.xlsx"),
      "--out",
      at("department.docx"),
      "--title",
      "Павлодар қаласының білім бөлімі",
    ];
    expect(await main(argv, io, "en")).toBe(0);
    expect(docxView(at("department.docx")).paragraphs.slice(0, 2)).toEqual([
      "Білім беру ұйымдарындағы сыбайлас жемқорлық тәуекелдеріне ішкі талдау нәтижелері бойынша жиынтық ақпарат",
      "Павлодар қаласының білім бөлімі",
    ]);
  });

  it("names the department as its summary does when no --title is given, and as asked when one is", async () => {
    const title = async (...more: string[]) => {
      expect(
        await main(["report", at("named-summary.xlsx"), "--out", at("named.docx"), ...more], capture(), "en"),
      ).toBe(0);
      return docxView(at("named.docx")).paragraphs[1];
    };
    expect(await title()).toBe("Павлодар қаласының білім бөлімі");
    expect(await title("--title", "Павлодар облысының білім басқармасы")).toBe("Павлодар облысының білім басқармасы");
  });

  it("exits 1 and writes nothing for a file that gives no document", async () => {
    const io = capture();
    expect(await main(["report", at("notes.xlsx"), "--out", at("notes.docx")], io, "en")).toBe(1);
    expect(io.stderr.join("\n")).toContain("No document can be drafted from notes.xlsx");
    expect(existsSync(at("notes.docx"))).toBe(false);
    expect(await main(["report", at("absent.xlsx"), "--out", at("absent.docx")], capture(), "en")).toBe(1);
  });

  it("exits 1 when the document cannot be written", async () => {
    const io = capture();
    expect(await main(["report", at("school.xlsx"), "--out", join(dir, "no-such-folder", "x.docx")], io, "en")).toBe(1);
    expect(io.stderr.join("\n")).toContain("Could not write");
  });
});
