import { defineList } from "./list";

export const procurementMethod = defineList({
  id: "procurementMethod",
  items: [
    {
      code: "open_tender",
      labels: { kk: "Ашық конкурс", ru: "Открытый конкурс", en: "Open tender" },
      synonyms: ["конкурс"],
    },
    { code: "auction", labels: { kk: "Аукцион", ru: "Аукцион", en: "Auction" } },
    {
      code: "price_offers",
      labels: { kk: "Баға ұсыныстарын сұрату", ru: "Запрос ценовых предложений", en: "Request for price offers" },
      synonyms: ["ЗЦП", "запрос ценовых предложений"],
    },
    {
      code: "single_source",
      labels: { kk: "Бір көзден алу", ru: "Из одного источника", en: "Single source" },
      synonyms: ["прямой договор", "из одного источника путем прямого заключения договора", "бір көзден"],
    },
    { code: "e_shop", labels: { kk: "Электрондық дүкен", ru: "Электронный магазин", en: "E-shop" } },
    { code: "commodity_exchange", labels: { kk: "Тауар биржасы", ru: "Товарная биржа", en: "Commodity exchange" } },
    {
      code: "outside_procurement",
      labels: {
        kk: "Мемлекеттік сатып алудан тыс",
        ru: "Вне государственных закупок",
        en: "Outside public procurement",
      },
    },
    { code: "other", labels: { kk: "Басқа тәсіл", ru: "Иной способ", en: "Other method" } },
  ],
});
