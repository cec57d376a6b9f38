import { defineList } from "./list";

/** Yes/no cells: Да/Нет, Иә/Жоқ, Yes/No, 1/0, TRUE/FALSE in any case (Excel's own booleans included). */
export const yesNo = defineList({
  id: "yesNo",
  items: [
    {
      code: "yes",
      labels: { kk: "Иә", ru: "Да", en: "Yes" },
      synonyms: ["1", "true", "истина", "ақиқат", "ия", "иа", "y"],
    },
    { code: "no", labels: { kk: "Жоқ", ru: "Нет", en: "No" }, synonyms: ["0", "false", "ложь", "жалған", "n"] },
  ],
});
