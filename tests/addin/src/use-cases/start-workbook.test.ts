import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../../../addin/src/port/memory-workbook";
import { insertTemplate, takenNames } from "../../../../addin/src/use-cases/start-workbook";
import { FIXTURE } from "../../support/port-fixture";

const template = (lang: string) =>
  readFileSync(join(__dirname, `../../../../workbook-templates/vakr-${lang}.xlsx`)).toString("base64");

describe("starting a workbook from the template", () => {
  it("inserts into a workbook without any of its names, and finds _lists and _meta hidden after", async () => {
    const workbook = MemoryWorkbook.empty();
    const { result, problems } = await insertTemplate(workbook, "kk", template("kk"));
    expect(result).toMatchObject({ ok: true });
    expect(problems).toEqual([]);
  });

  it("names the sheets and tables of the template a workbook already has, in any letter case", async () => {
    const snapshot = {
      ...FIXTURE,
      sheets: [...FIXTURE.sheets, { name: "ПАСПОРТ", state: "visible" as const, tables: [], rows: [] }],
    };
    expect(takenNames(snapshot, "ru")).toEqual([
      "Паспорт",
      "Договоры",
      "_lists",
      "_meta",
      "Contracts",
      "Risks",
      "Meta",
    ]);
    expect(takenNames(snapshot, "kk")).toEqual(["_lists", "_meta", "Contracts", "Risks", "Meta"]);
  });

  it("inserts nothing where a name is taken", async () => {
    const workbook = MemoryWorkbook.fromSnapshot(FIXTURE);
    const { result } = await insertTemplate(workbook, "kk", template("kk"));
    expect(result).toEqual({
      ok: false,
      reason: "names_taken",
      names: ["_lists", "_meta", "Contracts", "Risks", "Meta"],
    });
    expect((await workbook.readSnapshot()).sheets).toHaveLength(FIXTURE.sheets.length);
  });
});
