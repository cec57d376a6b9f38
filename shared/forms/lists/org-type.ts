import { defineList } from "./list";

export const orgType = defineList({
  id: "orgType",
  items: [
    {
      code: "school",
      labels: { kk: "Мектеп", ru: "Школа", en: "School" },
      synonyms: ["общеобразовательная школа", "гимназия", "лицей", "жалпы білім беретін мектеп", "СОШ", "ОСШ"],
    },
    {
      code: "kindergarten",
      labels: { kk: "Балабақша", ru: "Детский сад", en: "Kindergarten" },
      synonyms: ["ясли-сад", "мини-центр", "бөбекжай", "бөбекжай-балабақша", "ДО", "дошкольная организация"],
    },
    {
      code: "extracurricular",
      labels: {
        kk: "Қосымша білім беру ұйымы",
        ru: "Организация дополнительного образования",
        en: "Extracurricular centre",
      },
      synonyms: ["дом школьников", "оқушылар үйі", "центр детского творчества", "балалар шығармашылығы орталығы"],
    },
    { code: "college", labels: { kk: "Колледж", ru: "Колледж", en: "College" } },
    {
      code: "special_needs",
      labels: {
        kk: "Арнайы білім беру ұйымы",
        ru: "Специальная организация образования",
        en: "Special needs organization",
      },
      synonyms: ["коррекционная школа", "ПМПК", "кабинет психолого-педагогической коррекции"],
    },
    { code: "boarding", labels: { kk: "Мектеп-интернат", ru: "Школа-интернат", en: "Boarding school" } },
    {
      code: "department",
      labels: { kk: "Білім бөлімі", ru: "Отдел образования", en: "Education department" },
      synonyms: ["управление образования", "білім басқармасы"],
    },
    { code: "other", labels: { kk: "Басқа", ru: "Другое", en: "Other" } },
  ],
});
