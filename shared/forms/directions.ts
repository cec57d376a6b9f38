import { type z } from "zod";
import { defineForm, rowSchema } from "./form";

export const directions = defineForm({
  id: "Directions",
  layout: "fixed",
  rowsFrom: "direction",
  sheet: { kk: "Талдау бағыттары", ru: "Направления анализа", en: "Directions" },
  title: {
    kk: "Талдау бағыттары бойынша қорытындылар",
    ru: "Выводы по направлениям анализа",
    en: "Conclusions by direction of analysis",
  },
  columns: [
    {
      key: "code",
      type: "list",
      list: "direction",
      required: true,
      fixed: true,
      labels: { kk: "Коды", ru: "Код", en: "Code" },
      width: 7,
    },
    {
      key: "direction",
      type: "text",
      fixed: true,
      labels: { kk: "Талдау бағыты", ru: "Направление анализа", en: "Direction of analysis" },
      width: 48,
      wrap: true,
    },
    {
      key: "analysed",
      type: "yesNo",
      required: true,
      labels: { kk: "Талданды", ru: "Проанализировано", en: "Analysed" },
      width: 16,
    },
    {
      key: "risks_found",
      type: "yesNo",
      required: true,
      labels: { kk: "Тәуекелдер анықталды", ru: "Выявлены риски", en: "Risks found" },
      hint: {
        kk: "«Иә» болса, «Сыбайлас жемқорлық тәуекелдері» парағында осы бағыт бойынша кемінде бір тәуекел болуы тиіс.",
        ru: "При «Да» на листе «Коррупционные риски» должен быть хотя бы один риск по этому направлению.",
        en: 'When Yes, the "Corruption risks" sheet must list at least one risk of this direction.',
      },
      width: 16,
    },
    {
      key: "conclusion",
      type: "text",
      required: true,
      labels: { kk: "Қорытынды", ru: "Вывод", en: "Conclusion" },
      hint: {
        kk: "Қысқаша қорытынды, мысалы: «Рұқсат беру функциялары жүзеге асырылмайды».",
        ru: "Краткий вывод, например: «Разрешительные функции не осуществляются».",
        en: 'A short conclusion, e.g. "No permit functions are carried out".',
      },
      width: 60,
      wrap: true,
    },
    {
      key: "recommendation",
      type: "text",
      since: 2,
      labels: { kk: "Ұсыным", ru: "Рекомендация", en: "Recommendation" },
      hint: {
        kk: "Жұмыс тобының осы бағыт бойынша ұсынымы, тәуекел анықталмаса да.",
        ru: "Рекомендация рабочей группы по направлению, в том числе если риски не выявлены.",
        en: "The working group's recommendation for the direction, also where no risk was found.",
      },
      width: 50,
      wrap: true,
    },
  ],
});

export const DirectionsRow = rowSchema(directions.columns);
export type DirectionsRow = z.infer<typeof DirectionsRow>;
