import type { Labels } from "../lang";

/** Texts the templates show besides the forms' own labels. */
export const templateMessages = {
  "template.instructions": {
    kk: "Кестенің жолдарын толтырыңыз: ұяшықты таңдағанда кеңес шығады. Бағандардың атауы мен ретін өзгертпеңіз.",
    ru: "Заполняйте строки таблицы: при выборе ячейки появляется подсказка. Не меняйте названия и порядок столбцов.",
    en: "Fill in the table's rows: selecting a cell shows a hint. Do not rename or reorder the columns.",
  },
  "template.passportInstructions": {
    kk: "«Мәні» бағанын толтырыңыз: ұяшықты таңдағанда кеңес шығады.",
    ru: "Заполните столбец «Значение»: при выборе ячейки появляется подсказка.",
    en: "Fill in the Value column: selecting a cell shows a hint.",
  },
  "template.wrongValueTitle": { kk: "Мән сәйкес емес", ru: "Значение не подходит", en: "Value does not fit" },
} satisfies Record<string, Labels>;
