import { type z } from "zod";
import { rowNo } from "./common-columns";
import { defineForm, rowSchema } from "./form";

export const staffing = defineForm({
  id: "Staffing",
  layout: "rows",
  capacity: 300,
  sheet: { kk: "Штат кестесі", ru: "Штатное расписание", en: "Staffing" },
  title: {
    kk: "Штат кестесі және кадрлардың тұрақтамауы",
    ru: "Штатное расписание и текучесть кадров",
    en: "Staffing table and staff turnover",
  },
  columns: [
    rowNo,
    {
      key: "position",
      type: "text",
      required: true,
      labels: { kk: "Лауазымы", ru: "Должность", en: "Position" },
      hint: {
        kk: "Лауазымның атауы, мысалы «Директордың орынбасары».",
        ru: "Наименование должности, например «Заместитель директора».",
        en: 'The position title, e.g. "Deputy director".',
      },
      width: 34,
      wrap: true,
    },
    {
      key: "category",
      type: "list",
      list: "staffCategory",
      required: true,
      labels: { kk: "Санаты", ru: "Категория", en: "Category" },
      width: 24,
    },
    {
      key: "units",
      type: "decimal",
      decimals: 2,
      min: 0,
      required: true,
      labels: { kk: "Штат бірліктері", ru: "Штатные единицы", en: "Staff units" },
    },
    {
      key: "occupied",
      type: "integer",
      min: 0,
      required: true,
      labels: { kk: "Нақты жұмыс істейді", ru: "Фактически работают", en: "Employed" },
      hint: { kk: "Адамдар саны.", ru: "Число человек.", en: "Number of people." },
    },
    {
      key: "hired",
      type: "integer",
      min: 0,
      labels: { kk: "Кезеңде қабылданды", ru: "Принято за период", en: "Hired in the period" },
    },
    {
      key: "dismissed",
      type: "integer",
      min: 0,
      labels: { kk: "Кезеңде жұмыстан шықты", ru: "Уволено за период", en: "Dismissed in the period" },
    },
    {
      key: "dismissed_negative",
      type: "integer",
      min: 0,
      atMost: "dismissed",
      labels: {
        kk: "Оның ішінде теріс себептермен",
        ru: "Из них по отрицательным мотивам",
        en: "Of which for negative reasons",
      },
      hint: {
        kk: "Жұмыстан шыққандар санынан аспайды.",
        ru: "Не больше числа уволенных.",
        en: "Not more than the number dismissed.",
      },
    },
    {
      key: "risk_position",
      type: "yesNo",
      labels: {
        kk: "Сыбайлас жемқорлық тәуекеліне ұшыраған лауазым",
        ru: "Должность подвержена коррупционным рискам",
        en: "Exposed to corruption risks",
      },
      width: 18,
    },
    {
      key: "risk_reason",
      type: "text",
      labels: { kk: "Тәуекелдің себебі", ru: "Обоснование риска", en: "Why it is exposed" },
      hint: {
        kk: "«Иә» болса міндетті: лауазым неліктен тәуекелге ұшыраған.",
        ru: "Обязательно при «Да»: почему должность подвержена рискам.",
        en: "Required when Yes: why the position is exposed.",
      },
      width: 40,
      wrap: true,
    },
  ],
});

export const StaffingRow = rowSchema(staffing.columns);
export type StaffingRow = z.infer<typeof StaffingRow>;
