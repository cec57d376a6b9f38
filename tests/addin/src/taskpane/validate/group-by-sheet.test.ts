import { fileFinding, type Finding } from "../../../../../shared/findings/finding";
import { groupBySheet } from "../../../../../addin/src/taskpane/validate/group-by-sheet";

const at = (sheet: string, cell: string): Finding => ({ ...fileFinding("required"), sheet, cell });

describe("findings by sheet", () => {
  it("keep the report's order: the whole workbook first, then each sheet once", () => {
    const groups = groupBySheet([
      fileFinding("form_missing", { formName: "Passport" }),
      at("Паспорт", "C6"),
      at("Паспорт", "C9"),
      at("Договоры", "B4"),
    ]);
    expect(groups.map((g) => [g.sheet, g.findings.map((f) => f.cell)])).toEqual([
      [null, [null]],
      ["Паспорт", ["C6", "C9"]],
      ["Договоры", ["B4"]],
    ]);
  });
});
