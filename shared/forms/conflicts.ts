import { type z } from "zod";
import { fullNameHint, rowNo } from "./common-columns";
import { defineForm, rowSchema } from "./form";

/** One row per pair of related employees. */
export const conflicts = defineForm({
  id: "Conflicts",
  layout: "rows",
  capacity: 200,
  sheet: { kk: "Мүдделер қақтығысы", ru: "Конфликт интересов", en: "Conflicts of interest" },
  title: {
    kk: "Туыстас қызметкерлер тізілімі (мүдделер қақтығысы)",
    ru: "Реестр работников, состоящих в родстве (конфликт интересов)",
    en: "Register of related employees (conflicts of interest)",
  },
  columns: [
    rowNo,
    {
      key: "person1_name",
      type: "text",
      required: true,
      labels: { kk: "Қызметкердің аты-жөні", ru: "ФИО работника", en: "Employee's name" },
      hint: fullNameHint,
      width: 28,
      wrap: true,
    },
    {
      key: "person1_position",
      type: "text",
      required: true,
      labels: { kk: "Қызметкердің лауазымы", ru: "Должность работника", en: "Employee's position" },
      width: 26,
      wrap: true,
    },
    {
      key: "person2_name",
      type: "text",
      required: true,
      labels: { kk: "Туысының аты-жөні", ru: "ФИО родственника", en: "Relative's name" },
      hint: fullNameHint,
      width: 28,
      wrap: true,
    },
    {
      key: "person2_position",
      type: "text",
      required: true,
      labels: { kk: "Туысының лауазымы", ru: "Должность родственника", en: "Relative's position" },
      width: 26,
      wrap: true,
    },
    {
      key: "kinship",
      type: "list",
      list: "kinship",
      required: true,
      labels: { kk: "Туыстық дәрежесі", ru: "Степень родства", en: "Kinship" },
      hint: {
        kk: "Туысы қызметкерге кім болып келеді.",
        ru: "Кем родственник приходится работнику.",
        en: "What the relative is to the employee.",
      },
      width: 18,
    },
    {
      key: "direct_subordination",
      type: "yesNo",
      required: true,
      labels: { kk: "Тікелей бағыныстылық", ru: "Прямая подчинённость", en: "Direct subordination" },
      width: 16,
    },
    {
      key: "appointed_by",
      type: "text",
      labels: { kk: "Кім тағайындады", ru: "Кем назначен", en: "Appointed by" },
      hint: {
        kk: "Туысын лауазымға тағайындаған басшының лауазымы және аты-жөні.",
        ru: "Должность и ФИО руководителя, назначившего родственника.",
        en: "Position and name of the manager who appointed the relative.",
      },
      width: 24,
      wrap: true,
    },
    {
      key: "measures",
      type: "text",
      labels: { kk: "Реттеу бойынша шаралар", ru: "Принятые меры по урегулированию", en: "Measures taken" },
      hint: {
        kk: "Тікелей бағыныстылық болса міндетті.",
        ru: "Обязательно при прямой подчинённости.",
        en: "Required when in direct subordination.",
      },
      width: 40,
      wrap: true,
    },
  ],
});

export const ConflictsRow = rowSchema(conflicts.columns);
export type ConflictsRow = z.infer<typeof ConflictsRow>;
