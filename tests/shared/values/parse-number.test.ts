import { parseNumber, parseNumberText } from "../../../shared/values";

describe("parseNumber", () => {
  it.each([
    [93.73, 93.73],
    ["193 632,6", 193632.6],
    ["193\u00A0632,6", 193632.6],
    ["193\u202F632,6", 193632.6],
    ["93,73", 93.73],
    ["2,3", 2.3],
    ["2.3", 2.3],
    ["  20,8 ", 20.8],
    ["1 234 567", 1234567],
    ["1,234.5", 1234.5],
    ["1.234.567,8", 1234567.8],
    ["-5", -5],
    ["−5", -5],
    ["0", 0],
  ])("reads %j as %d", (raw, expected) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["1e999", "not_a_number"],
    ["1e3", "not_a_number"],
    ["двадцать", "not_a_number"],
    ["12 тг", "not_a_number"],
    ["1 23", "not_a_number"],
    ["1,2,3", "not_a_number"],
    ["#REF!", "error_value"],
    ["#N/A", "error_value"],
    [true, "not_a_number"],
    [Infinity, "not_a_number"],
    [NaN, "not_a_number"],
  ])("refuses %j with %s", (raw, code) => {
    const parsed = parseNumber(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it("reports an Excel error cell as an error value, with its code", () => {
    expect(parseNumber({ error: "#DIV/0!" })).toEqual({
      ok: false,
      problem: { code: "error_value", params: { error: "#DIV/0!" } },
    });
  });

  it.each([
    [2.5, { integer: true }, "not_an_integer"],
    ["2,5", { integer: true }, "not_an_integer"],
    [20.805, { decimals: 2 }, "too_many_decimals"],
    ["-1", { min: 0 }, "below_min"],
  ])("applies the column's rule: %j with %j gives %s", (raw, rule, code) => {
    const parsed = parseNumber(raw, rule);
    expect(parsed.ok ? "ok" : parsed.problem.code).toBe(code);
  });

  it("accepts two decimals despite binary floating point", () => {
    expect(parseNumber(93.73, { decimals: 2 })).toEqual({ ok: true, value: 93.73 });
    expect(parseNumber(0.1 + 0.2, { decimals: 2 })).toEqual({ ok: true, value: 0.1 + 0.2 });
    expect(parseNumber(0.125, { decimals: 2 }).ok).toBe(false);
    expect(parseNumber(193632.6, { decimals: 2 })).toEqual({ ok: true, value: 193632.6 });
  });

  it("never turns text into a silent zero", () => {
    expect(parseNumberText("")).toBeNull();
    expect(parseNumberText(" ")).toBeNull();
  });

  it.each(["1 500 тг", "1 500 тг.", "1 500,00 тенге", "1500 теңге", "1 500 ₸", "1500 KZT"])(
    "reads an amount typed with the tenge: %j",
    (typed) => {
      expect(parseNumber(typed, { decimals: 2, tenge: true })).toEqual({ ok: true, value: 1500 });
    },
  );

  it("takes the tenge only in amounts, and only after the number", () => {
    expect(parseNumber("1 500 тг", { integer: true }).ok).toBe(false);
    expect(parseNumber("тг 1 500", { tenge: true }).ok).toBe(false);
    expect(parseNumber("тг", { tenge: true }).ok).toBe(false);
  });
});
