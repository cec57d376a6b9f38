import { defineList } from "./list";

/** How a recommendation is carried out (the "form of execution" column of the official risk list). */
export const executionForm = defineList({
  id: "executionForm",
  items: [
    {
      code: "internal_act",
      labels: { kk: "Ішкі акт", ru: "Внутренний акт", en: "Internal act" },
      synonyms: ["приказ", "бұйрық"],
    },
    {
      code: "legal_act_proposal",
      labels: {
        kk: "Нормативтік құқықтық актіге өзгеріс енгізу ұсынысы",
        ru: "Предложение об изменении НПА",
        en: "Proposal to amend a legal act",
      },
    },
    {
      code: "letter",
      labels: { kk: "Хат", ru: "Письмо", en: "Letter" },
      synonyms: ["письмо в министерство", "министрлікке хат"],
    },
    { code: "training", labels: { kk: "Оқыту", ru: "Обучение", en: "Training" }, synonyms: ["семинар"] },
    { code: "control", labels: { kk: "Бақылау", ru: "Контроль", en: "Monitoring" } },
    { code: "other", labels: { kk: "Басқа", ru: "Иное", en: "Other" } },
  ],
});
