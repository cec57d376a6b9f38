import { changed } from "../../support/valid-entries";
import { flatFindings, validateEntries } from "../../support/validate-entries";

describe("reading the cells of a form", () => {
  it.each([
    [
      "a number written as words",
      { Staffing: { 1: { occupied: "пять" } } },
      ["Штатное расписание", "E5", "not_a_number"],
    ],
    ["a fraction of a person", { Staffing: { 1: { occupied: 4.5 } } }, ["Штатное расписание", "E5", "not_an_integer"]],
    [
      "units with three decimals",
      { Staffing: { 1: { units: 1.125 } } },
      ["Штатное расписание", "D5", "too_many_decimals"],
    ],
    ["a negative count", { Services: { 0: { refusals: -1 } } }, ["Государственные услуги", "H4", "below_min"]],
    ["a date that is not one", { Contracts: { 0: { contract_date: "весной" } } }, ["Договоры", "C4", "not_a_date"]],
    [
      "a kinship outside the list",
      { Conflicts: { 0: { kinship: "Коллега" } } },
      ["Конфликт интересов", "F4", "not_in_list"],
    ],
    [
      "a yes/no cell with another word",
      { Conflicts: { 0: { direct_subordination: "Возможно" } } },
      ["Конфликт интересов", "G4", "not_yes_no"],
    ],
    [
      "a BIN with a wrong check digit",
      { Contracts: { 0: { counterparty_bin: "040540000005" } } },
      ["Договоры", "E4", "id_bad_checksum"],
    ],
    [
      "a person's IIN where a BIN belongs",
      { Passport: { 0: { bin: "850115300001" } } },
      ["Паспорт", "C6", "id_not_bin"],
    ],
    ["an Excel error in a cell", { Contracts: { 0: { amount: "#REF!" } } }, ["Договоры", "H4", "error_value"]],
    ["a link that is not http", { Passport: { 0: { report_url: "school12 сайт" } } }, ["Паспорт", "C23", "not_a_url"]],
  ])("reports %s at its cell", async (_, patch, expected) => {
    expect(await flatFindings(changed(patch))).toEqual([expected]);
  });

  it("pads a BIN Excel turned into a number, with a warning", async () => {
    const report = await validateEntries(changed({ Contracts: { 0: { counterparty_bin: 40540000024 } } }));
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([["E4", "id_padded", "warning"]]);
    expect(report.ready).toBe(true);
  });

  it("takes a malformed e-mail or phone as a warning, not an error", async () => {
    const report = await validateEntries(
      changed({ Passport: { 0: { contact_email: "school12", contact_phone: "звонить" } } }),
    );
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ["C24", "not_an_email", "warning"],
      ["C25", "not_a_phone", "warning"],
    ]);
  });

  it("does not ask again for a required cell it could not read", async () => {
    expect(await flatFindings(changed({ Staffing: { 1: { units: "много" } } }))).toEqual([
      ["Штатное расписание", "D5", "not_a_number"],
    ]);
  });
});
