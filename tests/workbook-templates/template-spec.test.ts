import { ALL_FORMS, LISTS, passport, TEMPLATES } from "../../shared/forms";
import { parseCellRef } from "../../shared/xlsx/a1";
import type { SheetSpec, WorkbookSpec } from "../../shared/xlsx/workbook-spec";
import { PROMPT_LIMITS } from "../../workbook-templates/src/column-input";
import { LAYOUT } from "../../shared/xlsx/form-layout";
import { templateSpec } from "../../workbook-templates/src/template-spec";
import { TEMPLATE_VARIANTS } from "../../workbook-templates/src/write-template";

const cases = TEMPLATE_VARIANTS;

const sheet = (spec: WorkbookSpec, name: string): SheetSpec => {
  const found = spec.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

const formatOf = (s: SheetSpec, ref: string) => s.formats.find((f) => f.range.split(":")[0] === ref)?.style.numFmt;

describe.each(cases)("the %s template in %s", (template, lang) => {
  const spec = templateSpec(template, lang);
  const forms = TEMPLATES[template].forms;

  it("has one sheet per form, named in the template's language, then the hidden _lists and _meta", () => {
    expect(spec.sheets.map((s) => [s.name, s.state])).toEqual([
      ...forms.map((f) => [f.sheet[lang], "visible"]),
      ["_lists", "hidden"],
      ["_meta", "hidden"],
    ]);
  });

  it("holds each form in one Excel table named by the form's id, with localized headers", () => {
    forms.forEach((form, i) => {
      const tables = spec.sheets[i]?.tables ?? [];
      expect(tables.map((t) => t.name)).toEqual([form.id]);
      expect(tables[0]?.headers).toEqual(form.columns.map((c) => c.labels[lang]));
    });
  });

  it("bounds every data validation to the table's rows: never a whole column", () => {
    forms.forEach((form, i) => {
      const s = spec.sheets[i] as SheetSpec;
      const lastRow = LAYOUT.headerRow + (s.tables[0]?.rows.length ?? 0);
      for (const v of s.validations) {
        const [from = "", to = from] = v.range.split(":");
        expect([v.range, parseCellRef(from)?.row]).toEqual([v.range, expect.any(Number)]);
        expect(parseCellRef(to)?.row).toBeLessThanOrEqual(lastRow);
        expect(parseCellRef(from)?.row).toBeGreaterThanOrEqual(LAYOUT.firstDataRow);
      }
    });
  });

  it("prompts on every column the user fills", () => {
    forms.forEach((form, i) => {
      const inputs = form.layout === "fields" ? form.fields : form.columns.filter((c) => !c.fixed);
      const validations = spec.sheets[i]?.validations ?? [];
      expect(validations).toHaveLength(inputs.length);
      for (const v of validations) expect([v.range, v.prompt?.trim()]).toEqual([v.range, expect.stringMatching(/\S/)]);
    });
  });

  it("keeps prompts and error texts within Excel's limits", () => {
    for (const v of spec.sheets.flatMap((s) => s.validations)) {
      expect((v.prompt ?? "").length).toBeLessThanOrEqual(PROMPT_LIMITS.prompt);
      expect((v.promptTitle ?? "").length).toBeLessThanOrEqual(PROMPT_LIMITS.title);
      expect((v.error ?? "").length).toBeLessThanOrEqual(PROMPT_LIMITS.error);
      expect((v.errorTitle ?? "").length).toBeLessThanOrEqual(PROMPT_LIMITS.title);
    }
  });

  it("freezes the header of every form, and prints it on every page", () => {
    for (const s of spec.sheets.slice(0, forms.length)) {
      expect(s.frozenRows).toBe(LAYOUT.headerRow);
      expect(s.printTitleRows).toBe("3:3");
    }
  });

  it("records template, version and language in the Meta table", () => {
    const meta = sheet(spec, "_meta").tables[0];
    expect(meta?.name).toBe("Meta");
    expect(meta?.rows).toEqual([
      ["template", template],
      ["version", "2"],
      ["lang", lang],
    ]);
  });

  it("lists every dropdown's items in the template's language on _lists", () => {
    const lists = sheet(spec, "_lists");
    const kinship = Object.keys(LISTS).indexOf("kinship") + 1;
    const column = lists.cells.filter((c) => c.col === kinship).map((c) => c.value);
    expect(column).toEqual(["kinship", ...LISTS.kinship.items.map((i) => i.labels[lang])]);
  });
});

describe("the organization's workbook", () => {
  const spec = templateSpec("vakr", "ru");
  const byId = (id: string) => spec.sheets[ALL_FORMS.findIndex((f) => f.id === id)] as SheetSpec;

  it("hides the Passport's field keys, and sizes its rows by the labels people see", () => {
    const sheet = byId("Passport");
    expect(sheet.columns.map((c) => c.hidden ?? false)).toEqual([true, false, false]);
    // "announcement_date" is longer than its hidden column; the visible label fits one line.
    const announcement = 4 + passport.fields.findIndex((f) => f.key === "announcement_date");
    expect(sheet.rowHeights?.find((h) => h.row === announcement)?.height).toBe(18);
  });

  it("fills in the Passport's rows: field keys and labels", () => {
    const rows = byId("Passport").tables[0]?.rows ?? [];
    expect(rows[2]).toEqual(["bin", "БИН организации", null]);
    expect(rows).toHaveLength(25);
  });

  it("fills in the nine Directions with their codes and labels", () => {
    const rows = byId("Directions").tables[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows[1]?.[1]).toBe("Урегулирование конфликта интересов");
  });

  it("writes the Services total as a formula of the three channels, empty until one is filled", () => {
    const first = byId("Services").tables[0]?.rows[0];
    expect(first?.[5]).toEqual({ formula: 'IF(COUNT(C4,D4,E4)=0,"",SUM(C4,D4,E4))', result: "" });
  });

  it.each([
    ["Staffing", "D4", "0.00"],
    ["Staffing", "E4", "0"],
    ["Contracts", "H4", "#,##0.00"],
    ["Contracts", "C4", "dd.mm.yyyy"],
    ["Contracts", "E4", "@"],
    ["Risks", "I4", "dd.mm.yyyy"],
    ["Passport", "C6", "@"],
    ["Passport", "C11", "dd.mm.yyyy"],
  ])("formats %s!%s as %s", (id, ref, numFmt) => {
    expect(formatOf(byId(id), ref)).toBe(numFmt);
  });

  it("offers the kinship dropdown from _lists, strictly, and the service dropdown as a suggestion", () => {
    const kinship = byId("Conflicts").validations.find((v) => v.range.startsWith("F4"));
    expect(kinship?.rule).toEqual({
      type: "list",
      source: expect.stringMatching(/^'_lists'!\$D\$2:\$D\$9$/),
      strict: true,
    });
    const service = byId("Services").validations.find((v) => v.range.startsWith("B4"));
    expect(service?.rule).toMatchObject({ type: "list", strict: false });
  });

  it("prompts in the template's language", () => {
    const units = byId("Staffing").validations.find((v) => v.range.startsWith("D4"));
    expect(units?.prompt).toBe("Число, до 2 знаков после запятой, например 2,5. Обязательно.");
  });

  it.each([
    ["Staffing", "H4", 'AND(INT(H4)=H4,H4>=0,OR(G4="",H4<=G4))'],
    ["Services", "G4", 'AND(INT(G4)=G4,G4>=0,OR(F4="",G4<=F4))'],
    ["Services", "H4", 'AND(INT(H4)=H4,H4>=0,OR(F4="",H4<=F4))'],
  ])("keeps %s!%s at most its bound in the same row", (id, ref, formula) => {
    expect(byId(id).validations.find((v) => v.range.startsWith(ref))?.rule).toEqual({ type: "custom", formula });
  });

  it("constrains numbers and dates where Excel can", () => {
    const rules = (id: string) => byId(id).validations.map((v) => v.rule.type);
    expect(rules("Staffing")).toEqual([
      "whole",
      "any",
      "list",
      "decimal",
      "whole",
      "whole",
      "whole",
      "custom",
      "list",
      "any",
    ]);
    expect(byId("Contracts").validations.find((v) => v.range.startsWith("C4"))?.rule).toEqual({
      type: "date",
      min: "1991-01-01",
      max: "2099-12-31",
    });
  });
});
