import type { FormEntries, WorkbookEntries } from "../../workbook-templates/src/filled-spec";

/** Valid BINs and an IIN (check digits computed by hand): test data, not anybody's. */
export const BINS = ["040540000004", "040540000014", "040540000024", "040540000034"] as const;
export const IIN = "850115300001";

const directions: FormEntries = Array.from({ length: 9 }, (_, i) => ({
  analysed: "Да",
  risks_found: i === 0 ? "Да" : "Нет",
  conclusion: i === 0 ? "Выявлены должности, подверженные рискам" : "Рисков не выявлено",
  recommendation: i === 2 ? "Вести журнал приёма заявлений на госуслуги" : null,
}));

/** A small Russian workbook that breaks no rule: every test changes one thing in it. */
export const VALID_ENTRIES: WorkbookEntries = {
  Passport: [
    {
      org_name_ru: "Общеобразовательная школа № 12",
      org_name_kk: "№ 12 жалпы білім беретін мектеп",
      bin: BINS[0],
      org_type: "Школа",
      region: "Павлодарская область",
      district: "г. Павлодар",
      parent_bin: BINS[1],
      period_from: "01.01.2025",
      period_to: "31.12.2025",
      analysis_from: "02.02.2026",
      analysis_to: "27.02.2026",
      order_no: "15-ө",
      order_date: "12.01.2026",
      group_head: "Ахметова А.С.",
      group_members: "Иванова О.П.; Сериков Б.К.",
      responsible: "Ахметова А.С.",
      announcement_date: "14.01.2026",
      discussion_date: "03.03.2026",
      report_date: "05.03.2026",
      report_url: "https://school12.edu.kz/report",
      contact_email: "school12@mail.kz",
      contact_phone: "+7 7182 55-12-12",
      head_position: "Директор",
      head_name: "А.Б. Сейтова",
      place: "г. Павлодар",
    },
  ],
  Directions: directions,
  Staffing: [
    {
      no: 1,
      position: "Директор",
      category: "Руководящий состав",
      units: 1,
      occupied: 1,
      hired: 0,
      dismissed: 0,
      risk_position: "Да",
      risk_reason: "Распоряжается бюджетом",
    },
    {
      no: 2,
      position: "Учитель математики",
      category: "Педагогические работники",
      units: 4.5,
      occupied: 5,
      hired: 1,
      dismissed: 1,
      dismissed_negative: 0,
      risk_position: "Нет",
    },
  ],
  Conflicts: [
    {
      no: 1,
      person1_name: "Касымова Г.Т.",
      person1_position: "Учитель начальных классов",
      person2_name: "Касымов Е.Р.",
      person2_position: "Учитель физкультуры",
      kinship: "Супруг(а)",
      direct_subordination: "Нет",
    },
  ],
  Services: [
    {
      no: 1,
      service: "Приём в 1 класс и на общее образование",
      via_portal: 40,
      via_is: 5,
      on_paper: 2,
      total: 47,
      late: 0,
      refusals: 1,
      complaints: 0,
    },
  ],
  Contracts: [
    {
      no: 1,
      contract_no: "12/25",
      contract_date: "15.03.2025",
      counterparty: "ТОО «Таза су»",
      counterparty_bin: BINS[2],
      subject: "Питьевая вода",
      method: "Из одного источника",
      amount: 193632.6,
      funding: "Местный бюджет",
    },
    {
      no: 2,
      contract_no: "13/25",
      contract_date: "20.03.2025",
      counterparty: "ИП Сериков",
      counterparty_bin: IIN,
      subject: "Ремонт мебели",
      method: "Запрос ценовых предложений",
      amount: 450000,
      funding: "Местный бюджет",
    },
  ],
  Risks: [
    {
      no: 1,
      direction: "1",
      risk: "Должности, связанные с распоряжением бюджетом",
      justification: "Директор единолично подписывает договоры",
      recommendation: "Ввести визирование договоров бухгалтером",
      form: "Внутренний акт",
      responsible: "Ахметова А.С.",
      deadline: "01.06.2026",
      status: "Выполняется",
      measure: "Утвердить приказом порядок визирования договоров",
    },
  ],
};

/** The entries with some forms' rows replaced or changed: `{ Staffing: { 1: { units: -1 } } }` changes row 2. */
export function changed(
  patch: Readonly<Record<string, Readonly<Record<number, Readonly<Record<string, unknown>>>>>>,
): WorkbookEntries {
  const result: Record<string, FormEntries> = { ...VALID_ENTRIES };
  for (const [form, rows] of Object.entries(patch)) {
    const entries = [...(VALID_ENTRIES[form] ?? [])];
    for (const [index, values] of Object.entries(rows))
      entries[Number(index)] = { ...entries[Number(index)], ...values } as FormEntries[number];
    result[form] = entries;
  }
  return result;
}
