import { FINDING_CODES, type FindingCode } from "../../../shared/findings/codes";
import { fileFinding } from "../../../shared/findings/finding";
import { LANGS } from "../../../shared/i18n/lang";
import { MESSAGES } from "../../../shared/i18n/translate";
import { RULES } from "../../../shared/rules";
import { VALUE_PROBLEMS } from "../../../shared/values/problem";
import { fail } from "../../../shared/xlsx/read/file-fault";
import { FILE_FAULTS } from "../../../shared/xlsx/read-workbook";

const CODES = Object.keys(FINDING_CODES) as FindingCode[];
const emittedBy = (emitter: string) => CODES.filter((c) => FINDING_CODES[c].emitter === emitter).sort();

describe("the catalogue of finding codes", () => {
  it.each(CODES)("has a message for %s in kk, ru and en", (code) => {
    const id = [`finding.${code}`, `value.${code}`, `file.${code}`].find((k) => k in MESSAGES);
    expect(id).toBeDefined();
    const labels = MESSAGES[id as keyof typeof MESSAGES];
    for (const lang of LANGS) expect(labels[lang].trim()).not.toBe("");
  });

  it("declares as the rules' exactly the codes some rule says it emits", () => {
    const fromRules = new Set(RULES.flatMap((rule) => rule.emits));
    expect(CODES.filter((c) => FINDING_CODES[c].emitter === undefined).sort()).toEqual([...fromRules].sort());
  });

  it("declares as the readers' exactly the codes the file reader and the cell parsers declare", () => {
    expect(emittedBy("file")).toEqual([...FILE_FAULTS].sort());
    expect(emittedBy("cell")).toEqual([...VALUE_PROBLEMS].sort());
  });

  it("gives each finding the severity it declares, or the one given where it depends on context", () => {
    expect(fileFinding("template_missing").severity).toBe("error");
    expect(fileFinding("form_table_missing").severity).toBe("warning");
    expect(fileFinding("duplicate_row", "warning", { firstRow: 4 })).toMatchObject({
      severity: "warning",
      params: { firstRow: 4 },
    });
  });

  // Checked by `tsc --noEmit`, which runs before the tests: each line below fails to compile, as it should.
  it("refuses a misspelt code or a wrong parameter when the types are checked", () => {
    const wrong = () => [
      // @ts-expect-error a misspelt code is no code
      fileFinding("requried"),
      // @ts-expect-error form_missing names its form
      fileFinding("form_missing"),
      // @ts-expect-error a duplicate's severity depends on its form, so it is given
      fileFinding("duplicate_row", { firstRow: 4 }),
    ];
    expect(wrong).toBeInstanceOf(Function);
  });

  it("refuses a file fault with a misspelt code or another fault's parameters when the types are checked", () => {
    const wrong = () => [
      // @ts-expect-error the size limit is in megabytes
      fail("file_too_large", { limit: 3 }),
      // @ts-expect-error a misspelt fault is no fault
      fail("file_corupt", { detail: "directory" }),
      // @ts-expect-error a zip bomb passes one of three bounds
      fail("file_zip_bomb", { limit: "size" }),
      // @ts-expect-error an empty file has nothing more to say
      fail("file_empty", { detail: "0 bytes" }),
      // @ts-expect-error a file that is no zip says what it looks like
      fail("file_not_zip"),
      // @ts-expect-error the finding takes the fault's own parameters
      fileFinding("file_too_many_cells", { limitMb: 3 }),
    ];
    expect(wrong).toBeInstanceOf(Function);
  });
});
