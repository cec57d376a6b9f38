import { defineList } from "./list";

export const staffCategory = defineList({
  id: "staffCategory",
  items: [
    {
      code: "management",
      labels: { kk: "Басшы құрам", ru: "Руководящий состав", en: "Management" },
      synonyms: ["административно-управленческий персонал", "АУП", "әкімшілік-басқару персоналы"],
    },
    {
      code: "teaching",
      labels: { kk: "Педагог қызметкерлер", ru: "Педагогические работники", en: "Teaching staff" },
      synonyms: ["педагоги", "учителя", "воспитатели", "педагогтер", "мұғалімдер", "тәрбиешілер"],
    },
    {
      code: "administrative",
      labels: { kk: "Әкімшілік қызметкерлер", ru: "Административный персонал", en: "Administrative staff" },
      synonyms: ["административные работники"],
    },
    {
      code: "support",
      labels: { kk: "Қосалқы қызметкерлер", ru: "Вспомогательный персонал", en: "Support staff" },
      synonyms: ["обслуживающий персонал", "технический персонал", "тех. персонал", "техникалық қызметкерлер"],
    },
  ],
});
