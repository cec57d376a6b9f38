import { defineList } from "./list";

export const funding = defineList({
  id: "funding",
  items: [
    { code: "local_budget", labels: { kk: "Жергілікті бюджет", ru: "Местный бюджет", en: "Local budget" } },
    {
      code: "republican_budget",
      labels: { kk: "Республикалық бюджет", ru: "Республиканский бюджет", en: "Republican budget" },
    },
    { code: "paid_services", labels: { kk: "Ақылы қызметтер", ru: "Платные услуги", en: "Paid services" } },
    { code: "sponsorship", labels: { kk: "Демеушілік көмек", ru: "Спонсорская помощь", en: "Sponsorship" } },
    { code: "other", labels: { kk: "Басқа көз", ru: "Иной источник", en: "Other source" } },
  ],
});
