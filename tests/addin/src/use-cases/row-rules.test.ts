import { conflicts, type FormDef, risks } from "../../../../shared/forms";
import { rowRuleFindings, typedRow } from "../../../../addin/src/use-cases/row-rules";

const findings = (form: FormDef, texts: Record<string, string>) =>
  rowRuleFindings(form, typedRow(form.columns, texts), null, "ru").map((f) => [f.code, f.field, f.severity]);

describe("Validate's one-row rules on a row before it is written", () => {
  it("refuse a pair in direct subordination without measures", () => {
    const pair = {
      person1_name: "Ахметова Гульнар Сериковна",
      person1_position: "Заместитель директора",
      person2_name: "Ахметов Серик",
      person2_position: "Учитель физики",
      kinship: "Супруг(а)",
      direct_subordination: "Да",
    };
    expect(findings(conflicts, pair)).toEqual([["measures_missing", "measures", "error"]]);
    expect(findings(conflicts, { ...pair, measures: "Переведён в другое подразделение" })).toEqual([]);
  });

  it("warn that the action plan will lack the measure of a risk without one", () => {
    const risk = {
      direction: "3",
      risk: "Нарушение сроков оказания услуг",
      justification: "Журнал регистрации",
      recommendation: "Вести электронный учёт",
      form: "Внутренний акт",
      responsible: "Заместитель директора",
      deadline: "30.06.2026",
      status: "Запланировано",
    };
    expect(findings(risks, risk)).toEqual([["measure_missing_in_plan", "measure", "warning"]]);
    expect(findings(risks, { ...risk, measure: "Приказ о журнале" })).toEqual([]);
  });
});
