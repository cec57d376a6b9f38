import { LISTS } from "../../../shared/forms";
import { parseListItem, parseYesNo } from "../../../shared/values";

describe("parseListItem", () => {
  it.each([
    ["Жұбайы", "kinship", "spouse"],
    ["Супруг(а)", "kinship", "spouse"],
    ["Spouse", "kinship", "spouse"],
    ["жена", "kinship", "spouse"],
    ["  МУЖ ", "kinship", "spouse"],
    ["әйелі", "kinship", "spouse"],
    ["сын", "kinship", "child"],
    ["қызы", "kinship", "child"],
    ["single_source", "procurementMethod", "single_source"],
    ["Из одного источника", "procurementMethod", "single_source"],
    ["Бір көзден алу", "procurementMethod", "single_source"],
    ["Бир коздэн алу", "procurementMethod", null],
    ["Бiр көзден алу", "procurementMethod", "single_source"],
    ["Бир козден алу", "procurementMethod", "single_source"],
    ["«Из одного источника».", "procurementMethod", "single_source"],
    ["Ребенок", "kinship", "child"],
    ["город Астана", "region", "astana"],
    ["Шығыс Қазақстан облысы", "region", "east_kazakhstan"],
    ["ВКО", "region", "east_kazakhstan"],
    [3, "direction", "3"],
    ["3", "direction", "3"],
    ["3. Оказание государственных услуг", "direction", "3"],
    ["Мемлекеттік қызметтер көрсету", "direction", "3"],
    ["Free lunches for the chess club", "service", "Free lunches for the chess club"],
    ["Бесплатное и льготное питание", "service", "free_meals"],
  ])("reads %j from %s as %j", (raw, list, code) => {
    const parsed = parseListItem(raw, LISTS[list as keyof typeof LISTS]);
    expect(parsed.ok ? parsed.value : null).toBe(code);
  });

  it.each([
    ["дядя", "kinship"],
    ["10", "direction"],
    ["0", "direction"],
    [true, "status"],
  ])("refuses %j for %s", (raw, list) => {
    const parsed = parseListItem(raw, LISTS[list as keyof typeof LISTS]);
    expect(parsed.ok ? "ok" : parsed.problem.code).toBe("not_in_list");
  });
});

describe("parseYesNo", () => {
  it.each([
    ["Да", true],
    ["нет", false],
    ["Иә", true],
    ["ЖОҚ", false],
    ["Жок", false],
    ["Yes", true],
    ["no", false],
    ["1", true],
    [0, false],
    [1, true],
    [true, true],
    [false, false],
    ["TRUE", true],
    ["false", false],
    ["ИСТИНА", true],
  ])("reads %j as %s", (raw, value) => {
    expect(parseYesNo(raw)).toEqual({ ok: true, value });
  });

  it.each([["может быть"], [2], ["#N/A"]])("refuses %j", (raw) => {
    expect(parseYesNo(raw).ok).toBe(false);
  });
});
