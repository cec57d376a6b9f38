import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateBytes } from "../../../shared/validation";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";
import { VALID_ENTRIES } from "../../support/valid-entries";

describe("validating received files", () => {
  it.each([
    [1, "kk"],
    [2, "ru"],
    [3, "kk"],
  ] as const)("finds a filled sample workbook %i (%s) ready, with nothing to say", async (seed, lang) => {
    const report = await validateBytes(await sampleWorkbook(seed, { lang }));
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ ready: true, lang, version: "2", stamp: { status: "absent" } });
    expect(report.forms.map((f) => f.foundBy)).toEqual(Array(7).fill("table"));
  });

  it("gives a Kazakh and a Russian workbook of the same data the same content hash", async () => {
    const kk = await validateBytes(await writeXlsx(filledSpec("vakr", "kk", VALID_ENTRIES)));
    const ru = await validateBytes(await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES)));
    expect(kk.stamp?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(kk.stamp?.hash).toBe(ru.stamp?.hash);
  });

  it("finds the empty template not ready, asking for the Passport and the staffing table", async () => {
    const report = await validateBytes(readFileSync(join(__dirname, "../../../workbook-templates/vakr-ru.xlsx")));
    expect(report.ready).toBe(false);
    const codes = report.findings.map((f) => [f.sheet, f.cell, f.code]);
    expect(codes).toContainEqual(["Паспорт", "C6", "required"]);
    expect(codes).toContainEqual(["Штатное расписание", "B4", "form_empty"]);
    expect(codes).toContainEqual(["Направления анализа", "C4", "required"]);
  });
});
