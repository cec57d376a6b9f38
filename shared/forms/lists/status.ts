import { defineList } from "./list";

export const status = defineList({
  id: "status",
  items: [
    { code: "planned", labels: { kk: "Жоспарланған", ru: "Запланировано", en: "Planned" } },
    { code: "in_progress", labels: { kk: "Орындалуда", ru: "Выполняется", en: "In progress" }, synonyms: ["в работе"] },
    { code: "done", labels: { kk: "Орындалды", ru: "Выполнено", en: "Done" }, synonyms: ["исполнено"] },
    { code: "not_done", labels: { kk: "Орындалмады", ru: "Не выполнено", en: "Not done" } },
  ],
});
