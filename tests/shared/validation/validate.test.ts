import { describeFinding } from "../../../shared/findings/describe-finding";
import type { CellValue } from "../../../shared/values";
import { stampEntries } from "../../../shared/stamp/stamp";
import { validateSnapshot } from "../../../shared/validation";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import { specSnapshot } from "../../../shared/xlsx/spec-snapshot";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { changed, VALID_ENTRIES } from "../../support/valid-entries";

type Mutable = { sheets: { name: string; tables: { name: string; ref: string }[]; rows: CellValue[][] }[] };

/** A valid workbook's snapshot, changed in place by `edit` as another program or a user would change it. */
function snapshotOf(edit: (s: Mutable) => void = () => {}, entries = VALID_ENTRIES): WorkbookSnapshot {
  const snapshot = structuredClone(specSnapshot(filledSpec("vakr", "ru", entries)));
  edit(snapshot as unknown as Mutable);
  return snapshot;
}

const sheet = (s: Mutable, name: string) => s.sheets.find((x) => x.name === name)!;
const setMeta = (s: Mutable, key: string, value: string) => {
  const row = sheet(s, "_meta").rows.find((r) => r[0] === key);
  if (row) row[1] = value;
  else {
    const meta = sheet(s, "_meta");
    meta.rows.push([key, value]);
    // The add-in appends stamp rows to the table, so the table grows with them.
    meta.tables[0]!.ref = `A1:B${meta.rows.length}`;
  }
};

describe("validating a workbook", () => {
  it.each([
    ["no _meta table", (s: Mutable) => (sheet(s, "_meta").tables = []), "template_missing"],
    ["a roster instead", (s: Mutable) => setMeta(s, "template", "roster"), "template_unexpected"],
    ["a newer contract version", (s: Mutable) => setMeta(s, "version", "3"), "template_unknown_version"],
  ])("checks the template first: %s", async (_, edit, code) => {
    const report = await validateSnapshot(snapshotOf(edit));
    expect(report.findings.map((f) => [f.sheet, f.cell, f.code])).toEqual([[null, null, code]]);
    expect(report.ready).toBe(false);
  });

  it("reads each table as the workbook's _meta version lays it out", async () => {
    // The template of version 2 saying version 1: its tables have a column more than version 1's.
    const report = await validateSnapshot(snapshotOf((s) => setMeta(s, "version", "1")));
    expect(report.findings.map((f) => [f.form, f.code])).toEqual([
      ["Directions", "columns_changed"],
      ["Risks", "columns_changed"],
    ]);
  });

  it("finds a form whose table another program dropped by its sheet name and header row, with a warning", async () => {
    const report = await validateSnapshot(snapshotOf((s) => (sheet(s, "Договоры").tables = [])));
    expect(report.findings.map((f) => [f.sheet, f.cell, f.code, f.severity])).toEqual([
      ["Договоры", "B4", "form_table_missing", "warning"],
    ]);
    expect(report.forms.find((f) => f.form === "Contracts")).toMatchObject({ foundBy: "header", rows: 2 });
  });

  it("finds a form on a renamed sheet by its table name", async () => {
    const report = await validateSnapshot(snapshotOf((s) => (sheet(s, "Договоры").name = "Шарттар 2025")));
    expect(report.findings).toEqual([]);
    expect(report.forms.find((f) => f.form === "Contracts")?.sheet).toBe("Шарттар 2025");
  });

  it("reports a form that is nowhere", async () => {
    const report = await validateSnapshot(
      snapshotOf((s) => (s.sheets = s.sheets.filter((x) => x.name !== "Коррупционные риски"))),
    );
    expect(report.findings.map((f) => [f.form, f.code])).toContainEqual(["Risks", "form_missing"]);
  });

  it("reports columns moved by the user at the header", async () => {
    const report = await validateSnapshot(
      snapshotOf((s) => {
        const header = sheet(s, "Договоры").rows[2]!;
        [header[6], header[7]] = [header[7]!, header[6]!];
      }),
    );
    expect(report.findings.map((f) => [f.sheet, f.cell, f.code])).toContainEqual(["Договоры", "G3", "column_moved"]);
  });

  it("asks for a required Passport field whose row was deleted", async () => {
    const report = await validateSnapshot(
      snapshotOf((s) => {
        const rows = sheet(s, "Паспорт").rows;
        const index = rows.findIndex((r) => r?.[0] === "responsible");
        rows.splice(index, 1);
      }),
    );
    expect(report.findings.map((f) => [f.sheet, f.cell, f.field, f.code])).toEqual([
      ["Паспорт", null, "responsible", "required"],
    ]);
  });

  it("reports a column added to a table at its header", async () => {
    const report = await validateSnapshot(snapshotOf((s) => (sheet(s, "Договоры").tables[0]!.ref = "A3:K1003")));
    expect(report.findings.map((f) => [f.sheet, f.cell, f.code, f.params])).toContainEqual([
      "Договоры",
      "A3",
      "columns_changed",
      { expected: 10, found: 11 },
    ]);
  });

  it("turns a fault of its own on a broken snapshot into that file's finding, not an exception", async () => {
    const broken = {
      date1904: false,
      sheets: [
        { name: "_meta", state: "hidden", tables: [{ name: "Meta", ref: "A1:B2", totalsRowCount: 0 }], rows: null },
      ],
    };
    const report = await validateSnapshot(broken as unknown as WorkbookSnapshot);
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([["check_failed", "error"]]);
    expect(describeFinding(report.findings[0]!, "en")).toMatch(
      /^The program failed inside while checking this file \(.+\)/,
    );
  });

  it("sorts findings by sheet as in the workbook, then row and column", async () => {
    const report = await validateSnapshot(
      snapshotOf(
        undefined,
        changed({ Contracts: { 1: { amount: 0 }, 0: { subject: null } }, Passport: { 0: { bin: null } } }),
      ),
    );
    expect(report.findings.map((f) => [f.sheet, f.cell])).toEqual([
      ["Паспорт", "C6"],
      ["Договоры", "F4"],
      ["Договоры", "H5"],
    ]);
    expect(report.forms.find((f) => f.form === "Contracts")).toMatchObject({ errors: 1, warnings: 1 });
  });

  it("reads a Kazakh workbook of the same data as the same data", async () => {
    const ru = await validateSnapshot(specSnapshot(filledSpec("vakr", "ru", VALID_ENTRIES)));
    const kk = await validateSnapshot(specSnapshot(filledSpec("vakr", "kk", VALID_ENTRIES)));
    expect(kk.lang).toBe("kk");
    expect(kk.findings).toEqual([]);
    expect(kk.stamp?.hash).toBe(ru.stamp?.hash);
  });
});

describe("the validation stamp", () => {
  const stamped = async (edit: (s: Mutable) => void) => {
    const hash = (await validateSnapshot(snapshotOf())).stamp?.hash ?? "";
    return validateSnapshot(
      snapshotOf((s) => {
        for (const [key, value] of stampEntries(hash, new Date("2026-03-05T10:00:00Z"), "adal 1.0"))
          setMeta(s, key, value);
        edit(s);
      }),
    );
  };

  it("is absent until a workbook is stamped", async () => {
    expect((await validateSnapshot(snapshotOf())).stamp?.status).toBe("absent");
  });

  it("is valid while the data is what was validated, whatever the formatting", async () => {
    const report = await stamped((s) => {
      sheet(s, "Договоры").rows[0]![0] = "Другой заголовок";
      sheet(s, "Договоры").name = "Договоры (2025)";
    });
    expect(report.stamp).toMatchObject({ status: "valid", validatedAt: "2026-03-05T10:00:00.000Z" });
  });

  it.each([
    ["an amount", "Договоры", 3, 7, 193632.7],
    ["a name", "Конфликт интересов", 3, 1, "Касымова Г."],
    ["a direction's conclusion", "Направления анализа", 5, 4, "Другой вывод"],
    ["a passport field", "Паспорт", 8, 2, "г. Экибастуз"],
    ["a blank cell filled", "Договоры", 3, 9, "примечание"],
    ["a risk's measure (version 2)", "Коррупционные риски", 3, 10, "Другое мероприятие"],
    ["the head's name (version 2)", "Паспорт", 26, 2, "Б.В. Омарова"],
  ])("changes when %s changes", async (_, name, row, column, value) => {
    const report = await stamped((s) => (sheet(s, name).rows[row]![column] = value));
    expect(report.stamp?.status).toBe("changed");
  });
});

describe("messages", () => {
  it("say what is wrong with the column's label and dates as people write them, in each language", async () => {
    const report = await validateSnapshot(snapshotOf(undefined, changed({ Risks: { 0: { deadline: "01.03.2026" } } })));
    const [finding] = report.findings;
    expect(describeFinding(finding!, "ru")).toBe(
      "Дата «Срок исполнения» не может быть раньше, чем «Дата аналитической справки» (05.03.2026). Проверьте дату.",
    );
    expect(describeFinding(finding!, "kk")).toMatch(/05\.03\.2026/);
    expect(describeFinding(finding!, "en")).toMatch(/^“Deadline” cannot be earlier than/);
  });
});
