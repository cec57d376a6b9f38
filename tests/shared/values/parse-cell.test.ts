import { contracts, passport, services, staffing } from "../../../shared/forms";
import type { Column } from "../../../shared/forms";
import { parseCell } from "../../../shared/values";

const column = (columns: readonly Column[], key: string): Column => {
  const found = columns.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe("parseCell", () => {
  it.each([[null], [""], ["   "], ["\u00A0"]])("takes a blank cell (%j) as no value, whatever the column", (raw) => {
    for (const c of [...staffing.columns, ...passport.fields])
      expect(parseCell(c, raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    [staffing.columns, "units", "20,8", 20.8],
    [staffing.columns, "occupied", "73", 73],
    [staffing.columns, "risk_position", "Иә", true],
    [staffing.columns, "category", "Педагогические работники", "teaching"],
    [contracts.columns, "amount", "193 632,6", 193632.6],
    [contracts.columns, "contract_date", 45444, "2024-06-01"],
    [contracts.columns, "counterparty_bin", "871008401427", "871008401427"],
    [contracts.columns, "contract_no", 45, "45"],
    [services.columns, "service", "Бесплатное и льготное питание", "free_meals"],
    [passport.fields, "bin", "940140000385", "940140000385"],
    [passport.fields, "report_url", "https://sch12.edu.kz", "https://sch12.edu.kz"],
  ])("reads a cell of %#: %s %j as %j", (columns, key, raw, value) => {
    expect(parseCell(column(columns, key), raw)).toEqual({ ok: true, value });
  });

  it.each([
    [staffing.columns, "units", "два", "not_a_number"],
    [staffing.columns, "units", "2,555", "too_many_decimals"],
    [staffing.columns, "occupied", "2,5", "not_an_integer"],
    [staffing.columns, "hired", -1, "below_min"],
    [contracts.columns, "contract_date", "31.02.2025", "no_such_date"],
    [contracts.columns, "counterparty_bin", "871008401428", "id_bad_checksum"],
    [passport.fields, "bin", "871008401427", "id_not_bin"],
    [staffing.columns, "category", "дворник", "not_in_list"],
    [staffing.columns, "position", "#REF!", "error_value"],
  ])("finds the problem in a cell of %#: %s %j is %s", (columns, key, raw, code) => {
    const parsed = parseCell(column(columns, key), raw);
    expect(parsed.ok ? "ok" : parsed.problem.code).toBe(code);
  });

  it("reads dates in a workbook that counts from 1904", () => {
    expect(parseCell(column(contracts.columns, "contract_date"), 43830, { date1904: true })).toEqual({
      ok: true,
      value: "2024-01-01",
    });
  });

  it.each([
    [staffing.columns, "units", "not_a_number"],
    [staffing.columns, "category", "not_in_list"],
    [contracts.columns, "counterparty_bin", "id_not_12_digits"],
  ])("names a date Excel made of the input as the user sees it: %#, %s", (columns, key, code) => {
    // Typing 2.5 into a General cell of a Russian Excel gives 02.05: the finding must show that, not a serial.
    expect(parseCell(column(columns, key), { serial: 45779 })).toEqual({
      ok: false,
      problem: expect.objectContaining({ code, params: expect.objectContaining({ value: "02.05.2025" }) }),
    });
  });

  it("shows a date-formatted number in a text column as the date the user sees", () => {
    expect(parseCell(column(passport.fields, "order_no"), { serial: 45444 })).toEqual({
      ok: true,
      value: "01.06.2024",
    });
  });
});
