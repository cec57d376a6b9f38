import { type z } from "zod";
import { defineForm, rowSchema } from "./form";

/** The department's list of who must submit. */
export const roster = defineForm({
  id: "Roster",
  layout: "rows",
  capacity: 500,
  sheet: { kk: "Ұйымдар тізімі", ru: "Список организаций", en: "Roster" },
  title: {
    kk: "Талдау нәтижелерін тапсыруға тиіс ұйымдар",
    ru: "Организации, которые должны сдать результаты анализа",
    en: "Organizations that must submit their analysis",
  },
  columns: [
    { key: "bin", type: "bin", required: true, labels: { kk: "БСН", ru: "БИН", en: "BIN" }, width: 16 },
    {
      key: "org_name",
      type: "text",
      required: true,
      labels: { kk: "Ұйымның атауы", ru: "Наименование организации", en: "Organization name" },
      width: 50,
      wrap: true,
    },
    {
      key: "org_type",
      type: "list",
      list: "orgType",
      labels: { kk: "Ұйымның түрі", ru: "Тип организации", en: "Organization type" },
      width: 24,
    },
    {
      key: "district",
      type: "text",
      labels: { kk: "Аудан немесе қала", ru: "Район или город", en: "District or city" },
      hint: {
        kk: "Ұйым орналасқан аудан немесе қала.",
        ru: "Район или город, где находится организация.",
        en: "Where the organization is.",
      },
      width: 24,
    },
  ],
});

export const RosterRow = rowSchema(roster.columns);
export type RosterRow = z.infer<typeof RosterRow>;
