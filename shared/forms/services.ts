import { type z } from "zod";
import { rowNo } from "./common-columns";
import { defineForm, rowSchema } from "./form";

const count = { type: "integer", min: 0, width: 13 } as const;

export const services = defineForm({
  id: "Services",
  layout: "rows",
  capacity: 50,
  sheet: { kk: "Мемлекеттік қызметтер", ru: "Государственные услуги", en: "Public services" },
  title: {
    kk: "Көрсетілген мемлекеттік қызметтер",
    ru: "Оказанные государственные услуги",
    en: "Public services rendered",
  },
  columns: [
    rowNo,
    {
      key: "service",
      type: "list",
      list: "service",
      required: true,
      labels: { kk: "Мемлекеттік қызмет", ru: "Государственная услуга", en: "Public service" },
      width: 44,
      wrap: true,
    },
    {
      key: "via_portal",
      ...count,
      labels: {
        kk: "«Электрондық үкімет» порталы арқылы",
        ru: "Через портал «электронного правительства»",
        en: "Via the e-government portal",
      },
    },
    {
      key: "via_is",
      ...count,
      labels: { kk: "Ақпараттық жүйе арқылы", ru: "Через информационную систему", en: "Via an information system" },
      hint: { kk: "Мысалы, Sakura, BilimClass.", ru: "Например, Sakura, BilimClass.", en: "E.g. Sakura, BilimClass." },
    },
    {
      key: "on_paper",
      ...count,
      labels: {
        kk: "Қағаз түрінде немесе жеке келгенде",
        ru: "На бумаге или при личном обращении",
        en: "On paper or in person",
      },
    },
    {
      key: "total",
      ...count,
      sumOf: ["via_portal", "via_is", "on_paper"],
      labels: { kk: "Барлығы", ru: "Всего", en: "Total" },
      hint: { kk: "Автоматты түрде есептеледі.", ru: "Считается автоматически.", en: "Calculated automatically." },
    },
    {
      key: "late",
      ...count,
      atMost: "total",
      labels: { kk: "Мерзімі бұзылғандары", ru: "С нарушением сроков", en: "Late" },
      hint: { kk: "Барлығынан аспайды.", ru: "Не больше общего числа.", en: "Not more than the total." },
    },
    {
      key: "refusals",
      ...count,
      atMost: "total",
      labels: { kk: "Бас тартулар", ru: "Отказы", en: "Refusals" },
      hint: { kk: "Барлығынан аспайды.", ru: "Не больше общего числа.", en: "Not more than the total." },
    },
    { key: "complaints", ...count, labels: { kk: "Шағымдар", ru: "Жалобы", en: "Complaints" } },
  ],
});

export const ServicesRow = rowSchema(services.columns);
export type ServicesRow = z.infer<typeof ServicesRow>;
