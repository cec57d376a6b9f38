import { formatIsoDate, isoToSerial, parseDate, serialToIso } from "../../../shared/values";

describe("parseDate", () => {
  it.each([
    [45292, false, "2024-01-01"],
    [45292.75, false, "2024-01-01"],
    [43831, true, "2024-01-02"],
    [{ serial: 45444 }, false, "2024-06-01"],
    ["01.06.2024", false, "2024-06-01"],
    ["1.6.2024", false, "2024-06-01"],
    ["30/05/2025", false, "2025-05-30"],
    ["01.06.2024 г.", false, "2024-06-01"],
    ["01.06.2024ж.", false, "2024-06-01"],
    ["2025-05-30", false, "2025-05-30"],
    ["2025-05-30T00:00:00", false, "2025-05-30"],
    ["29.02.2024", false, "2024-02-29"],
  ])("reads %j (1904 system: %s) as %s", (raw, date1904, iso) => {
    expect(parseDate(raw, date1904)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["31.02.2025", "no_such_date"],
    ["29.02.2025", "no_such_date"],
    ["32.01.2025", "no_such_date"],
    ["01.13.2025", "no_such_date"],
    ["вчера", "not_a_date"],
    ["01.06.24", "not_a_date"],
    ["2024", "not_a_date"],
    [true, "not_a_date"],
    [0, "not_a_date"],
    [60, "not_a_date"],
    [-3, "not_a_date"],
    [Number.POSITIVE_INFINITY, "not_a_date"],
    [45, "date_out_of_range"],
    ["01.01.2150", "date_out_of_range"],
    ["#VALUE!", "error_value"],
  ])("refuses %j with %s", (raw, code) => {
    const parsed = parseDate(raw);
    expect(parsed.ok ? "ok" : parsed.problem.code).toBe(code);
  });

  describe("Excel serials", () => {
    it.each([
      [1, "1900-01-01"],
      [59, "1900-02-28"],
      [61, "1900-03-01"],
      [36526, "2000-01-01"],
      [45658, "2025-01-01"],
    ])("serial %d is %s in the 1900 system, and back", (serial, iso) => {
      expect(serialToIso(serial, false)).toBe(iso);
      expect(isoToSerial(iso)).toBe(serial);
    });

    it("has no day for the fictitious 29 February 1900", () => {
      expect(serialToIso(60, false)).toBeNull();
    });

    it("counts the 1904 system from 1 January 1904", () => {
      expect(serialToIso(0, true)).toBe("1904-01-01");
      expect(serialToIso(45292 - 1462, true)).toBe("2024-01-01");
    });
  });

  it("shows dates as dd.mm.yyyy", () => {
    expect(formatIsoDate("2024-06-01")).toBe("01.06.2024");
  });
});
