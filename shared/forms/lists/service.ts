import { defineList } from "./list";

/** Public services of education organizations; the dropdown only suggests, free text is kept as written. */
export const service = defineList({
  id: "service",
  allowsFreeText: true,
  items: [
    {
      code: "school_admission",
      labels: {
        kk: "1-сыныпқа және жалпы білім беруге қабылдау",
        ru: "Приём в 1 класс и на общее образование",
        en: "Admission to 1st grade and general schooling",
      },
      synonyms: ["зачисление в 1 класс", "прием в первый класс", "бірінші сыныпқа қабылдау"],
    },
    {
      code: "school_transfer",
      labels: {
        kk: "Балаларды мектептер арасында ауыстыру",
        ru: "Перевод детей между школами",
        en: "Transfer between schools",
      },
    },
    {
      code: "home_schooling",
      labels: {
        kk: "Үйде жеке тегін оқыту",
        ru: "Индивидуальное бесплатное обучение на дому",
        en: "Individual free education at home",
      },
      synonyms: ["обучение на дому", "үйде оқыту"],
    },
    {
      code: "free_meals",
      labels: {
        kk: "Тегін және жеңілдікпен тамақтандыру",
        ru: "Бесплатное и льготное питание",
        en: "Free and subsidized meals",
      },
      synonyms: ["бесплатное питание", "тегін тамақтандыру"],
    },
    {
      code: "summer_rest",
      labels: {
        kk: "Аз қамтылған отбасылардың балаларын қала сыртындағы және мектеп жанындағы лагерьлерде демалдыру",
        ru: "Отдых детей из малообеспеченных семей в загородных и пришкольных лагерях",
        en: "Rest in out-of-town and school camps for children from low-income families",
      },
      synonyms: ["летний отдых", "жазғы демалыс"],
    },
    {
      code: "preschool_queue",
      labels: {
        kk: "Мектепке дейінгі жастағы балаларды кезекке қою",
        ru: "Постановка на очередь детей дошкольного возраста",
        en: "Queueing of pre-school children",
      },
      synonyms: ["постановка на очередь", "кезекке қою"],
    },
    {
      code: "preschool_admission",
      labels: {
        kk: "Мектепке дейінгі ұйымдарға қабылдау",
        ru: "Приём в дошкольные организации",
        en: "Admission to pre-school organizations",
      },
      synonyms: ["прием в детский сад", "балабақшаға қабылдау"],
    },
    {
      code: "extracurricular_admission",
      labels: {
        kk: "Қосымша білім беру ұйымдарына қабылдау",
        ru: "Приём в организации дополнительного образования",
        en: "Admission to additional education",
      },
    },
    { code: "other", labels: { kk: "Басқа қызмет", ru: "Иная услуга", en: "Other service" } },
  ],
});
