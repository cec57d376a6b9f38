import { type z } from "zod";
import { rowNo } from "./common-columns";
import { defineForm, rowSchema } from "./form";

export const risks = defineForm({
  id: "Risks",
  layout: "rows",
  capacity: 100,
  sheet: { kk: "Сыбайлас жемқорлық тәуекелдері", ru: "Коррупционные риски", en: "Corruption risks" },
  title: {
    kk: "Анықталған сыбайлас жемқорлық тәуекелдері және ұсынымдар",
    ru: "Выявленные коррупционные риски и рекомендации",
    en: "Identified corruption risks and recommendations",
  },
  columns: [
    rowNo,
    {
      key: "direction",
      type: "list",
      list: "direction",
      required: true,
      labels: { kk: "Талдау бағыты", ru: "Направление анализа", en: "Direction" },
      width: 30,
      wrap: true,
    },
    {
      key: "risk",
      type: "text",
      required: true,
      labels: {
        kk: "Анықталған сыбайлас жемқорлық тәуекелі",
        ru: "Выявленный коррупционный риск",
        en: "Identified corruption risk",
      },
      width: 44,
      wrap: true,
    },
    {
      key: "justification",
      type: "text",
      required: true,
      labels: { kk: "Негіздеме", ru: "Обоснование", en: "Justification" },
      width: 44,
      wrap: true,
    },
    {
      key: "recommendation",
      type: "text",
      required: true,
      labels: { kk: "Жою бойынша ұсынымдар", ru: "Рекомендации по устранению", en: "Recommendations" },
      width: 44,
      wrap: true,
    },
    {
      key: "form",
      type: "list",
      list: "executionForm",
      required: true,
      labels: { kk: "Орындау нысаны", ru: "Форма исполнения", en: "Form of execution" },
      width: 20,
    },
    {
      key: "authority_position",
      type: "text",
      labels: {
        kk: "Уәкілетті мемлекеттік органның ұстанымы",
        ru: "Позиция уполномоченного госоргана",
        en: "Position of the authorized body",
      },
      hint: {
        kk: "Нысаны «Хат» болса толтырыңыз.",
        ru: "Заполните, если форма исполнения «Письмо».",
        en: 'Fill in when the form of execution is "Letter".',
      },
      width: 30,
      wrap: true,
    },
    {
      key: "responsible",
      type: "text",
      required: true,
      labels: { kk: "Жауапты", ru: "Ответственный", en: "Responsible" },
      width: 24,
      wrap: true,
    },
    {
      key: "deadline",
      type: "date",
      required: true,
      labels: { kk: "Орындау мерзімі", ru: "Срок исполнения", en: "Deadline" },
    },
    {
      key: "status",
      type: "list",
      list: "status",
      required: true,
      labels: { kk: "Мәртебесі", ru: "Статус", en: "Status" },
      width: 16,
    },
    {
      key: "measure",
      type: "text",
      since: 2,
      labels: {
        kk: "Ұсынымды орындау жөніндегі іс-шара",
        ru: "Мероприятие по исполнению рекомендации",
        en: "Measure carrying out the recommendation",
      },
      hint: {
        kk: "Іс-шаралар жоспарына енетін іс-шара. Бос болса, жоспарда бұл ұсыным бойынша іс-шара болмайды.",
        ru: "Мероприятие, которое войдёт в план мероприятий. Если пусто, в плане не будет мероприятия по этой рекомендации.",
        en: "The measure the action plan lists. Empty: the action plan will have no measure for this recommendation.",
      },
      width: 44,
      wrap: true,
    },
  ],
});

export const RisksRow = rowSchema(risks.columns);
export type RisksRow = z.infer<typeof RisksRow>;
