import { defineList } from "./list";

/** The 17 regions and 3 cities of republican significance, as of 2022. */
export const region = defineList({
  id: "region",
  items: [
    {
      code: "abai",
      labels: { kk: "Абай облысы", ru: "Абайская область", en: "Abai Region" },
      synonyms: ["область Абай"],
    },
    { code: "akmola", labels: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" } },
    { code: "aktobe", labels: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" } },
    { code: "almaty_region", labels: { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" } },
    { code: "atyrau", labels: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" } },
    {
      code: "east_kazakhstan",
      labels: { kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область", en: "East Kazakhstan Region" },
      synonyms: ["ВКО", "ШҚО"],
    },
    { code: "zhambyl", labels: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region" } },
    {
      code: "zhetysu",
      labels: { kk: "Жетісу облысы", ru: "Область Жетісу", en: "Zhetysu Region" },
      synonyms: ["Жетысуская область", "область Жетысу"],
    },
    {
      code: "west_kazakhstan",
      labels: { kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область", en: "West Kazakhstan Region" },
      synonyms: ["ЗКО", "БҚО"],
    },
    { code: "karaganda", labels: { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" } },
    { code: "kostanay", labels: { kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" } },
    { code: "kyzylorda", labels: { kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" } },
    { code: "mangystau", labels: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" } },
    { code: "pavlodar", labels: { kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" } },
    {
      code: "north_kazakhstan",
      labels: { kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область", en: "North Kazakhstan Region" },
      synonyms: ["СКО", "СҚО"],
    },
    {
      code: "turkistan",
      labels: { kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
      synonyms: ["Южно-Казахстанская область", "ЮКО"],
    },
    {
      code: "ulytau",
      labels: { kk: "Ұлытау облысы", ru: "Область Ұлытау", en: "Ulytau Region" },
      synonyms: ["Улытауская область", "область Улытау"],
    },
    {
      code: "astana",
      labels: { kk: "Астана қаласы", ru: "город Астана", en: "Astana city" },
      synonyms: ["Астана", "г. Астана", "Нур-Султан", "г. Нур-Султан"],
    },
    {
      code: "almaty_city",
      labels: { kk: "Алматы қаласы", ru: "город Алматы", en: "Almaty city" },
      synonyms: ["г. Алматы"],
    },
    {
      code: "shymkent",
      labels: { kk: "Шымкент қаласы", ru: "город Шымкент", en: "Shymkent city" },
      synonyms: ["Шымкент", "г. Шымкент"],
    },
  ],
});
