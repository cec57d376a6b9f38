import { BROKEN_ENTRIES, passport } from "../../support/broken-entries";
import { changed, VALID_ENTRIES } from "../../support/valid-entries";
import { flatFindings, validateEntries } from "../../support/validate-entries";

describe("a correctly filled workbook", () => {
  it("has no findings and is ready", async () => {
    const report = await validateEntries(VALID_ENTRIES);
    expect(report.findings).toEqual([]);
    expect(report.ready).toBe(true);
  });
});

describe("every rule fires at the right cell", () => {
  it.each(BROKEN_ENTRIES)("%s", async (_, entries, expected) => {
    expect(await flatFindings(entries)).toContainEqual(expected);
  });
});

describe("rules that do not fire", () => {
  it.each([
    [
      "measures given for a direct subordinate",
      changed({
        Conflicts: { 0: { direct_subordination: "Да", measures: "Переведён" } },
        Directions: { 1: { risks_found: "Да" } },
        Risks: { 1: { ...VALID_ENTRIES.Risks?.[0], direction: "2" } },
      }),
    ],
    ["an announcement exactly 10 working days ahead", passport({ announcement_date: "19.01.2026" })],
    ["a period of exactly 18 months", passport({ period_from: "01.07.2024" })],
    [
      "a position with an instrumental word later on",
      changed({ Conflicts: { 0: { person1_position: "Учитель физической культуры" } } }),
    ],
    [
      "different contracts with one counterparty",
      changed({ Contracts: { 1: { counterparty_bin: VALID_ENTRIES.Contracts?.[0]?.counterparty_bin } } }),
    ],
    ["a total left blank", changed({ Services: { 0: { total: null } } })],
    ["a row of only its number", changed({ Staffing: { 2: { no: 3 } } })],
    ["a totals row under the table", changed({ Contracts: { 2: { no: "Итого", amount: 643632.6 } } })],
    ["an optional cell left empty", changed({ Contracts: { 0: { funding: null, notes: null } } })],
    ["only the Kazakh name of the organization", passport({ org_name_ru: null })],
    [
      "a position not at risk, without a reason",
      changed({ Staffing: { 1: { risk_position: "Нет", risk_reason: null } } }),
    ],
    [
      "a letter with the authority's position",
      changed({ Risks: { 0: { form: "Письмо", authority_position: "Аким района" } } }),
    ],
    ["a staffing table of one row", { ...VALID_ENTRIES, Staffing: VALID_ENTRIES.Staffing?.slice(0, 1) ?? [] }],
    ["all dismissed for negative reasons", changed({ Staffing: { 1: { dismissed_negative: 1 } } })],
    ["an analysis of one day", passport({ analysis_to: "02.02.2026" })],
    ["an order of the day the analysis began", passport({ order_date: "02.02.2026" })],
    ["a risk due on the report's day", changed({ Risks: { 0: { deadline: "05.03.2026" } } })],
    ["a working group of one member", passport({ group_members: "Иванова О.П." })],
    ["a contract on the period's last day", changed({ Contracts: { 1: { contract_date: "31.12.2025" } } })],
    ["a contract of one tiyn", changed({ Contracts: { 0: { amount: 0.01 } } })],
    ["namesakes with other initials", changed({ Conflicts: { 0: { person2_name: "Касымова А.Т." } } })],
    [
      "late services where direction 3 found risks",
      changed({
        Services: { 0: { late: 2 } },
        Directions: { 2: { risks_found: "Да" } },
        Risks: { 1: { ...VALID_ENTRIES.Risks?.[0], direction: "3" } },
      }),
    ],
    [
      "no contracts, and direction 7 not analysed",
      { ...changed({ Directions: { 6: { analysed: "Нет" } } }), Contracts: [] },
    ],
  ])("%s", async (_, entries) => {
    expect(await flatFindings(entries)).toEqual([]);
  });
});
