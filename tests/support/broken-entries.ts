import type { WorkbookEntries } from "../../workbook-templates/src/filled-spec";
import { changed, VALID_ENTRIES } from "./valid-entries";

const P = "Паспорт";
const D = "Направления анализа";
const S = "Штатное расписание";
const C = "Конфликт интересов";
const G = "Государственные услуги";
const K = "Договоры";
const R = "Коррупционные риски";

// Passport values stand in column C, one row per field from row 4, in the contract's order.
export const passport = (values: Record<string, unknown>) => changed({ Passport: { 0: values } });

/** One mistake each in the valid workbook, and the finding it gives: sheet, cell, code. */
export const BROKEN_ENTRIES: readonly (readonly [string, WorkbookEntries, readonly [string, string, string]])[] = [
  ["a required cell left empty", changed({ Staffing: { 1: { category: null } } }), [S, "C5", "required"]],
  [
    "neither name of the organization",
    passport({ org_name_ru: null, org_name_kk: null }),
    [P, "C4", "one_of_required"],
  ],
  [
    "a risk position without its reason",
    changed({ Staffing: { 1: { risk_position: "Да" } } }),
    [S, "J5", "risk_reason_missing"],
  ],
  [
    "direct subordination without measures",
    changed({ Conflicts: { 0: { direct_subordination: "Да" } } }),
    [C, "I4", "measures_missing"],
  ],
  [
    "a letter without the authority's position",
    changed({ Risks: { 0: { form: "Письмо" } } }),
    [R, "G4", "authority_position_missing"],
  ],
  [
    "dismissed for negative reasons above dismissed",
    changed({ Staffing: { 1: { dismissed_negative: 2 } } }),
    [S, "H5", "exceeds_column"],
  ],
  ["late services above the total", changed({ Services: { 0: { late: 48 } } }), [G, "G4", "exceeds_column"]],
  ["a total that is not the sum", changed({ Services: { 0: { total: 50 } } }), [G, "F4", "total_mismatch"]],
  ["a period ending before it starts", passport({ period_to: "31.12.2024" }), [P, "C12", "date_too_early"]],
  ["an analysis ending before it starts", passport({ analysis_to: "01.02.2026" }), [P, "C14", "date_too_early"]],
  ["an order dated after the analysis began", passport({ order_date: "03.02.2026" }), [P, "C16", "date_too_late"]],
  ["a discussion before the analysis", passport({ discussion_date: "01.02.2026" }), [P, "C21", "date_too_early"]],
  ["a report before the analysis", passport({ report_date: "01.02.2026" }), [P, "C22", "date_too_early"]],
  [
    "a risk's deadline before the report",
    changed({ Risks: { 0: { deadline: "01.03.2026" } } }),
    [R, "I4", "date_too_early"],
  ],
  ["a period of more than 18 months", passport({ period_from: "01.01.2024" }), [P, "C12", "period_too_long"]],
  [
    "an announcement 9 working days ahead",
    passport({ announcement_date: "20.01.2026" }),
    [P, "C20", "announcement_late"],
  ],
  ["a working group of nobody", passport({ group_members: " ; " }), [P, "C18", "no_group_members"]],
  [
    "a contract outside the period",
    changed({ Contracts: { 1: { contract_date: "05.01.2026" } } }),
    [K, "C5", "outside_period"],
  ],
  ["a contract of 0 tenge", changed({ Contracts: { 0: { amount: 0 } } }), [K, "H4", "amount_zero"]],
  ["a risk without its measure", changed({ Risks: { 0: { measure: null } } }), [R, "K4", "measure_missing_in_plan"]],
  ["no head who approves the report", passport({ head_name: null }), [P, "C27", "required"]],
  ["the same position twice", changed({ Staffing: { 1: { position: "директор " } } }), [S, "B5", "duplicate_row"]],
  [
    "the same pair twice, either way round",
    changed({
      Conflicts: {
        1: { ...VALID_ENTRIES.Conflicts?.[0], person1_name: "Касымов Е.Р.", person2_name: "Касымова Г.Т." },
      },
    }),
    [C, "B5", "duplicate_row"],
  ],
  [
    "the same service twice",
    changed({ Services: { 1: { ...VALID_ENTRIES.Services?.[0], service: "school_admission" } } }),
    [G, "B5", "duplicate_row"],
  ],
  [
    "the same contract twice",
    changed({ Contracts: { 1: { ...VALID_ENTRIES.Contracts?.[0], amount: 1 } } }),
    [K, "B5", "duplicate_row"],
  ],
  ["a pair of one person", changed({ Conflicts: { 0: { person2_name: "касымова г. т." } } }), [C, "D4", "same_person"]],
  [
    "a position that reads like an appointment",
    changed({ Conflicts: { 0: { person2_position: "Учителем назначен приказом № 5" } } }),
    [C, "E4", "position_reads_like_appointment"],
  ],
  [
    "a Kazakh position that reads like an appointment",
    changed({ Conflicts: { 0: { person1_position: "Мұғалім болып тағайындалды" } } }),
    [C, "C4", "position_reads_like_appointment"],
  ],
  [
    "risks found in a direction with no risk listed",
    changed({ Directions: { 5: { risks_found: "Да" } } }),
    [D, "D9", "risks_found_but_none_listed"],
  ],
  [
    "a risk listed in a direction that says none",
    changed({ Risks: { 1: { ...VALID_ENTRIES.Risks?.[0], direction: "6" } } }),
    [D, "D9", "risks_listed_but_not_found"],
  ],
  [
    "direct subordination while direction 2 says no risks",
    changed({ Conflicts: { 0: { direct_subordination: "Да", measures: "Переведён в другое подразделение" } } }),
    [D, "D5", "subordination_but_no_risks"],
  ],
  [
    "late services while direction 3 says no risks",
    changed({ Services: { 0: { late: 2 } } }),
    [D, "D6", "late_services_but_no_risks"],
  ],
  [
    "a risk position while direction 1 says no risks",
    changed({ Directions: { 0: { risks_found: "Нет" } }, Risks: { 0: { direction: "9" } } }),
    [D, "D4", "risk_positions_but_no_risks"],
  ],
  [
    "contracts while direction 7 was not analysed",
    changed({ Directions: { 6: { analysed: "Нет" } } }),
    [D, "C10", "contracts_but_not_analysed"],
  ],
  // A finding about a whole table stands at its first row, where the user starts to fill it.
  ["an empty staffing table", { ...VALID_ENTRIES, Staffing: [] }, [S, "B4", "form_empty"]],
  ["a direction's row cleared", changed({ Directions: { 4: { code: null } } }), [D, "C4", "direction_missing"]],
];
