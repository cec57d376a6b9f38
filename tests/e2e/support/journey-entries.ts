import { type Column, displayLabel, listOf } from "../../../shared/forms";
import type { WorkbookLang } from "../../../shared/i18n/lang";
import { BINS } from "../../support/valid-entries";

/** One form's entry as a user types it: text for text fields, a list item's code for a dropdown. */
export type JourneyEntry = Readonly<Record<string, string>>;

/**
 * A small Kazakh school's analysis, what an accountant types into the pane: the Passport's required fields
 * and the dates the procedure checks, the nine directions, two staffing rows, a public service, a conflict
 * pair, three contracts and the one risk the first direction found. Test data, not anybody's.
 */
export const JOURNEY = {
  Passport: {
    org_name_kk: "№ 12 жалпы білім беретін мектеп",
    bin: BINS[0],
    org_type: "school",
    region: "pavlodar",
    district: "Павлодар қаласы",
    period_from: "01.01.2025",
    period_to: "31.12.2025",
    analysis_from: "09.02.2026",
    analysis_to: "06.03.2026",
    order_no: "7-ө",
    order_date: "20.01.2026",
    group_head: "Нұрланова Д.Қ.",
    group_members: "Омарова С.Т.; Бекенов Р.М.",
    responsible: "Нұрланова Д.Қ.",
    announcement_date: "22.01.2026",
    discussion_date: "10.03.2026",
    report_date: "12.03.2026",
    report_url: "https://mektep12.edu.kz/taldau",
    head_position: "Директор",
    head_name: "Ж.Б. Сейтова",
  },
  /** Direction 1 (personnel) found the director's post at risk; the others found none. */
  Directions: Array.from({ length: 9 }, (_, i) => ({
    analysed: "yes",
    risks_found: i === 0 ? "yes" : "no",
    conclusion: i === 0 ? "Тәуекелге ұшыраған лауазым анықталды" : "Тәуекелдер анықталмады",
  })),
  Staffing: [
    {
      position: "Директор",
      category: "management",
      units: "1",
      occupied: "1",
      risk_position: "yes",
      risk_reason: "Бюджетке билік етеді",
    },
    {
      position: "Математика пәнінің мұғалімі",
      category: "teaching",
      units: "4,5",
      occupied: "5",
      hired: "1",
      dismissed: "1",
    },
  ],
  Conflicts: [
    {
      person1_name: "Қасымова Г.Т.",
      person1_position: "Бастауыш сынып мұғалімі",
      person2_name: "Қасымов Е.Р.",
      person2_position: "Дене шынықтыру мұғалімі",
      kinship: "spouse",
      direct_subordination: "no",
    },
  ],
  Services: [{ service: "school_admission", via_portal: "40", via_is: "5", on_paper: "2", late: "0", refusals: "1" }],
  Contracts: [
    {
      contract_no: "12/25",
      contract_date: "15.03.2025",
      counterparty: "«Таза су» ЖШС",
      counterparty_bin: BINS[2],
      subject: "Ауыз су",
      method: "single_source",
      amount: "193 632,6 тг",
    },
    {
      contract_no: "13/25",
      contract_date: "20.03.2025",
      counterparty: "«Жиһаз» ЖШС",
      counterparty_bin: BINS[3],
      subject: "Жиһаз жөндеу",
      method: "price_offers",
      amount: "450 000",
    },
    {
      contract_no: "14/25",
      contract_date: "02.09.2025",
      counterparty: "«Таза су» ЖШС",
      counterparty_bin: BINS[2],
      subject: "Ауыз су",
      method: "single_source",
      amount: "180 000",
    },
  ],
  /** The direction is chosen by the Directions form's "add a risk", so it is not typed here. */
  Risks: [
    {
      risk: "Бюджетке билік ететін лауазым",
      justification: "Директор шарттарға жалғыз қол қояды",
      recommendation: "Шарттарды бухгалтермен келісуді енгізу",
      form: "internal_act",
      responsible: "Нұрланова Д.Қ.",
      deadline: "01.06.2026",
      status: "in_progress",
      measure: "Шарттарды келісу тәртібін бұйрықпен бекіту",
    },
  ],
} as const satisfies Readonly<Record<string, JourneyEntry | readonly JourneyEntry[]>>;

/** What a dropdown shows for an item's code, in the workbook's language; a text field's text as it is. */
export function shown(column: Column, value: string, lang: WorkbookLang): string {
  if (column.type !== "list" && column.type !== "yesNo") return value;
  const list = listOf(column);
  const item = list.items.find((i) => i.code === value);
  if (!item) throw new Error(`the list ${list.id} has no item ${value}`);
  return displayLabel(list, item, lang);
}
