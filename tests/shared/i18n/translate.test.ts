import { formatNumber, t } from "../../../shared/i18n/translate";

describe("t", () => {
  it("fills parameters into the message of the asked language", () => {
    expect(t("ru", "value.not_a_number", { value: "двадцать" })).toBe(
      "«двадцать» — не число. Введите число, например 93,73.",
    );
    expect(t("kk", "value.not_a_number", { value: "жиырма" })).toBe(
      "«жиырма» сан емес. Санды енгізіңіз, мысалы 93,73.",
    );
    expect(t("en", "value.not_a_number", { value: "twenty" })).toBe(
      '"twenty" is not a number. Type a number, e.g. 93.73.',
    );
  });

  it("writes numbers with the decimal comma in Kazakh and Russian", () => {
    expect(t("ru", "value.too_many_decimals", { value: 20.805, decimals: 2 })).toBe(
      "В числе 20,805 больше 2 знаков после запятой.",
    );
    expect(t("en", "value.too_many_decimals", { value: 20.805, decimals: 2 })).toBe("20.805 has more than 2 decimals.");
  });

  it("leaves a placeholder without a value visible rather than inventing one", () => {
    expect(t("en", "value.too_many_decimals", { value: 20.805 })).toBe("20.805 has more than {decimals} decimals.");
  });
});

describe("formatNumber", () => {
  it.each([
    ["kk", 93.73, "93,73"],
    ["ru", 193632.6, "193632,6"],
    ["en", 93.73, "93.73"],
    ["ru", 12, "12"],
  ] as const)("writes %s %d as %s", (lang, n, text) => {
    expect(formatNumber(lang, n)).toBe(text);
  });
});
