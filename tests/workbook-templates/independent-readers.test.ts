import { join } from "node:path";
import { LISTS, TEMPLATES, type TemplateId } from "../../shared/forms";
import { TEMPLATE_VARIANTS, templateFileName } from "../../workbook-templates/src/write-template";
import { libreOfficeCsv, libreOfficeResave, openpyxlView } from "../readers/independent-readers";

// The committed templates are the files users get; write-template.test.ts proves they are current.
const cases = TEMPLATE_VARIANTS;
const fileOf = (template: TemplateId, lang: string) =>
  join(__dirname, "..", "..", "workbook-templates", `${template}-${lang}.xlsx`);

describe.each(cases)("openpyxl reading the %s template in %s", (template, lang) => {
  const forms = TEMPLATES[template].forms;
  const view = openpyxlView(fileOf(template, lang), ["D4", "C4"]);

  it("sees every form's table by name on its localized sheet, and the Meta table", () => {
    expect(view.sheets.map((s) => [s.title, Object.keys(s.tables)])).toEqual([
      ...forms.map((f) => [f.sheet[lang], [f.id]]),
      ["_lists", []],
      ["_meta", ["Meta"]],
    ]);
  });

  it("sees the table ranges: header at row 3, the prepared rows below it", () => {
    for (const [i, form] of forms.entries()) {
      const rows =
        form.layout === "rows"
          ? form.capacity
          : form.layout === "fixed"
            ? LISTS[form.rowsFrom].items.length
            : form.fields.length;
      const lastColumn = String.fromCharCode(64 + form.columns.length);
      expect(view.sheets[i]?.tables[form.id]).toBe(`A3:${lastColumn}${3 + rows}`);
    }
  });

  it("sees _lists and _meta hidden, and the forms visible", () => {
    expect(view.sheets.filter((s) => s.state === "hidden").map((s) => s.title)).toEqual(["_lists", "_meta"]);
  });

  it("sees the dropdowns pointing at _lists, and no validation over a whole column", () => {
    const validations = view.sheets.flatMap((s) => s.validations);
    expect(validations.length).toBeGreaterThan(0);
    for (const v of validations) expect(v.sqref).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    const lists = validations.filter((v) => v.type === "list");
    expect(lists.length).toBeGreaterThan(0);
    for (const v of lists) expect(v.formula1).toMatch(/^'_lists'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    for (const v of validations.filter((x) => x.prompt)) expect(v.prompt?.length).toBeLessThanOrEqual(255);
  });

  it("sees the headers frozen and printed on every page", () => {
    for (const s of view.sheets.slice(0, forms.length)) {
      expect(s.freeze).toBe("A4");
      expect(s.printTitleRows).toBe("$3:$3");
    }
  });
});

describe("openpyxl reading the Kazakh organization's workbook", () => {
  const view = openpyxlView(fileOf("vakr", "kk"), ["D4", "F4", "H4", "C4"]);
  const sheet = (title: string) => view.sheets.find((s) => s.title === title);

  it("sees number formats: staff units with two decimals, dates dd.mm.yyyy, amounts grouped", () => {
    expect(sheet("Штат кестесі")?.cells.D4?.format).toBe("0.00");
    expect(sheet("Шарттар")?.cells.C4?.format).toBe("dd.mm.yyyy");
    expect(sheet("Шарттар")?.cells.H4?.format).toBe("#,##0.00");
  });

  it("sees the Services total as a formula", () => {
    expect(sheet("Мемлекеттік қызметтер")?.cells.F4?.value).toBe('=IF(COUNT(C4,D4,E4)=0,"",SUM(C4,D4,E4))');
  });

  it("sees Kazakh prompts", () => {
    const units = sheet("Штат кестесі")?.validations.find((v) => v.sqref.startsWith("D4"));
    expect(units?.prompt).toContain("үтірден кейін");
  });
});

describe("LibreOffice", () => {
  const files = cases.map(([template, lang]) => fileOf(template, lang));
  const csv = libreOfficeCsv(files);

  it.each(cases)("opens the %s template in %s and exports every sheet with its headers", (template, lang) => {
    const base = templateFileName(template, lang).replace(/\.xlsx$/, "");
    for (const form of TEMPLATES[template].forms) {
      const text = csv.get(`${base}-${form.sheet[lang]}.csv`);
      expect(text).toBeDefined();
      const headerLine = text?.split("\n")[2] ?? "";
      for (const c of form.columns) expect(headerLine).toContain(c.labels[lang]);
    }
    expect(csv.get(`${base}-_meta.csv`)).toContain(`lang,${lang}`);
  });

  it("keeps the tables and the dropdowns when it saves the workbook again", () => {
    const view = openpyxlView(libreOfficeResave(fileOf("vakr", "ru")));
    const tables = view.sheets.flatMap((s) => Object.keys(s.tables));
    expect(tables).toEqual(
      expect.arrayContaining(["Passport", "Directions", "Staffing", "Conflicts", "Services", "Contracts", "Risks"]),
    );
    expect(view.sheets.find((s) => s.title === "Договоры")?.validations.some((v) => v.type === "list")).toBe(true);
  });
});
