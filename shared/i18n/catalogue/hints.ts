import type { ColumnType } from "../../forms/column";
import type { Labels } from "../lang";

/** The part of a cell's input prompt that follows from its type; `required` is added to required cells. */
export const hintMessages: Record<
  `hint.${Exclude<ColumnType, "text" | "rowNo">}` | "hint.listFree" | "hint.required",
  Labels
> = {
  "hint.integer": {
    kk: "Бүтін сан, 0 немесе одан көп.",
    ru: "Целое число, 0 или больше.",
    en: "A whole number, 0 or more.",
  },
  "hint.decimal": {
    kk: "Сан, үтірден кейін {decimals} таңбаға дейін, мысалы 2,5.",
    ru: "Число, до {decimals} знаков после запятой, например 2,5.",
    en: "A number with up to {decimals} decimals, e.g. 2.5.",
  },
  "hint.amount": {
    kk: "Теңгемен сома, мысалы 193 632,60.",
    ru: "Сумма в тенге, например 193 632,60.",
    en: "An amount in tenge, e.g. 193,632.60.",
  },
  "hint.date": {
    kk: "Күн кк.аа.жжжж пішімінде, мысалы 01.06.2024.",
    ru: "Дата в формате дд.мм.гггг, например 01.06.2024.",
    en: "A date as dd.mm.yyyy, e.g. 01.06.2024.",
  },
  "hint.yesNo": { kk: "«Иә» немесе «Жоқ» таңдаңыз.", ru: "Выберите «Да» или «Нет».", en: "Pick Yes or No." },
  "hint.list": { kk: "Тізімнен таңдаңыз.", ru: "Выберите из списка.", en: "Pick from the list." },
  "hint.listFree": {
    kk: "Тізімнен таңдаңыз немесе өзіңіз жазыңыз.",
    ru: "Выберите из списка или впишите своё.",
    en: "Pick from the list or type your own.",
  },
  "hint.bin": { kk: "БСН: 12 цифр.", ru: "БИН: 12 цифр.", en: "BIN: 12 digits." },
  "hint.binOrIin": { kk: "БСН немесе ЖСН: 12 цифр.", ru: "БИН или ИИН: 12 цифр.", en: "BIN or IIN: 12 digits." },
  "hint.email": { kk: "Мысалы, school@mail.kz.", ru: "Например, school@mail.kz.", en: "E.g. school@mail.kz." },
  "hint.phone": { kk: "Мысалы, +7 701 123 45 67.", ru: "Например, +7 701 123 45 67.", en: "E.g. +7 701 123 45 67." },
  "hint.url": {
    kk: "https:// деп басталатын мекенжай.",
    ru: "Адрес, начинающийся с https://.",
    en: "An address starting with https://.",
  },
  "hint.required": { kk: "Міндетті.", ru: "Обязательно.", en: "Required." },
};
