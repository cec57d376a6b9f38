import { checkDigit, checkIdNumber, parseIdNumber } from "../../../shared/values";

describe("BIN and IIN", () => {
  it.each([
    ["871008401427", "an IIN: born 08.10.1987, a man of the 20th century"],
    ["921029350851", "an IIN: born 29.10.1992"],
    ["940140000385", "a BIN: registered 01.1994, a resident legal entity"],
  ])("accepts %s (%s)", (id) => {
    expect(checkIdNumber(id, "binOrIin")).toEqual({ ok: true, value: id });
  });

  it.each([
    ["871008401428", "id_bad_checksum"],
    ["821214240092", "id_no_checksum"],
    ["921529350859", "id_bad_structure"],
    ["87100840142", "id_not_12_digits"],
    ["8710084014270", "id_not_12_digits"],
    ["87100840142O", "id_not_12_digits"],
  ])("refuses %s with %s", (id, code) => {
    const checked = checkIdNumber(id, "binOrIin");
    expect(checked.ok ? "ok" : checked.problem.code).toBe(code);
  });

  it("uses the second weighting when the first gives 10, and finds none when both do", () => {
    // 821214240092: weights 1..11 and 3..11,1,2 both leave 10.
    expect(checkDigit([...("82121424009" as string)].map(Number))).toBeNull();
    expect(checkDigit([...("94014000038" as string)].map(Number))).toBe(5);
  });

  it("wants a BIN where an organization's number is asked, and says when it got an IIN", () => {
    expect(checkIdNumber("940140000385", "bin").ok).toBe(true);
    const iin = checkIdNumber("871008401427", "bin");
    expect(iin.ok ? "ok" : iin.problem.code).toBe("id_not_bin");
  });

  it("ignores spaces people type inside the number", () => {
    expect(parseIdNumber("9401 4000 0385", "bin")).toEqual({ ok: true, value: "940140000385" });
  });

  describe("a number Excel stored without its leading zeros", () => {
    it("is padded back and kept, with a warning, when the padded value is valid", () => {
      expect(parseIdNumber(50140000130, "bin")).toEqual({
        ok: true,
        value: "050140000130",
        warning: { code: "id_padded", params: { value: "050140000130" } },
      });
    });

    it("is refused when the padded value is not valid", () => {
      const parsed = parseIdNumber(50340001237, "bin");
      expect(parsed.ok ? "ok" : parsed.problem.code).toBe("id_bad_checksum");
    });

    it("needs no warning when no zero was lost", () => {
      expect(parseIdNumber(940140000385, "bin")).toEqual({ ok: true, value: "940140000385" });
    });

    it.each([[1.5], [-940140000385], [1e13]])("refuses %d", (n) => {
      expect(parseIdNumber(n, "bin").ok).toBe(false);
    });
  });

  it("reports an error cell as such", () => {
    const parsed = parseIdNumber("#REF!", "bin");
    expect(parsed.ok ? "ok" : parsed.problem.code).toBe("error_value");
  });
});
