import type { ValueProblemCode } from "../../values/problem";
import type { Labels } from "../lang";

/** What is wrong with a cell's content, and how to fix it. `{name}` is a parameter of the problem. */
export const valueMessages: Record<`value.${ValueProblemCode}`, Labels> = {
  "value.error_value": {
    kk: "Ұяшықта Excel қатесі {error} тұр: формуланы түзетіңіз немесе мәнді енгізіңіз.",
    ru: "В ячейке ошибка Excel {error}: исправьте формулу или введите значение.",
    en: "The cell holds the Excel error {error}: fix the formula or type the value.",
  },
  "value.not_a_number": {
    kk: "«{value}» сан емес. Санды енгізіңіз, мысалы 93,73.",
    ru: "«{value}» — не число. Введите число, например 93,73.",
    en: '"{value}" is not a number. Type a number, e.g. 93.73.',
  },
  "value.not_an_integer": {
    kk: "{value} бүтін сан емес. Бүтін санды енгізіңіз.",
    ru: "{value} — не целое число. Введите целое число.",
    en: "{value} is not a whole number. Type a whole number.",
  },
  "value.too_many_decimals": {
    kk: "{value} санында үтірден кейін {decimals} таңбадан көп.",
    ru: "В числе {value} больше {decimals} знаков после запятой.",
    en: "{value} has more than {decimals} decimals.",
  },
  "value.below_min": {
    kk: "{value} мәні ең кіші рұқсат етілген мәннен ({min}) кіші.",
    ru: "Значение {value} меньше допустимого минимума ({min}).",
    en: "{value} is below the minimum ({min}).",
  },
  "value.not_a_date": {
    kk: "«{value}» күн емес. Күнді кк.аа.жжжж пішімінде енгізіңіз, мысалы 01.06.2024.",
    ru: "«{value}» — не дата. Введите дату в формате дд.мм.гггг, например 01.06.2024.",
    en: '"{value}" is not a date. Type a date as dd.mm.yyyy, e.g. 01.06.2024.',
  },
  "value.no_such_date": {
    kk: "Күнтізбеде {value} деген күн жоқ.",
    ru: "Даты {value} нет в календаре.",
    en: "{value} is not a day of the calendar.",
  },
  "value.date_out_of_range": {
    kk: "{value} күні {min}–{max} аралығынан тыс: жылын тексеріңіз.",
    ru: "Дата {value} вне диапазона {min}–{max}: проверьте год.",
    en: "The date {value} is outside {min}–{max}: check the year.",
  },
  "value.not_yes_no": {
    kk: "«{value}»: «Иә» немесе «Жоқ» деп жауап беріңіз.",
    ru: "«{value}»: ответьте «Да» или «Нет».",
    en: '"{value}": answer Yes or No.',
  },
  "value.not_in_list": {
    kk: "«{value}» тізімде жоқ. Ашылмалы тізімнен таңдаңыз.",
    ru: "«{value}» нет в списке. Выберите значение из выпадающего списка.",
    en: '"{value}" is not in the list. Pick a value from the dropdown.',
  },
  "value.id_not_12_digits": {
    kk: "«{value}»: БСН/ЖСН 12 цифрдан тұрады (мұнда {length}).",
    ru: "«{value}»: БИН/ИИН состоит из 12 цифр (здесь {length}).",
    en: '"{value}": a BIN/IIN has 12 digits (here {length}).',
  },
  "value.id_bad_checksum": {
    kk: "{value}: бақылау цифры сәйкес келмейді, қате терілмегенін тексеріңіз.",
    ru: "{value}: не сходится контрольная цифра, проверьте, нет ли опечатки.",
    en: "{value}: the check digit does not match; look for a typing slip.",
  },
  "value.id_no_checksum": {
    kk: "{value} БСН да, ЖСН да бола алмайды: мұндай цифрлар үшін бақылау цифры болмайды.",
    ru: "{value} не может быть ни БИН, ни ИИН: для таких цифр контрольной цифры не существует.",
    en: "{value} cannot be a BIN or an IIN: no check digit exists for these digits.",
  },
  "value.id_bad_structure": {
    kk: "{value} БСН-ге де, ЖСН-ге де ұқсамайды: цифрларды тексеріңіз.",
    ru: "{value} не похож ни на БИН, ни на ИИН: проверьте цифры.",
    en: "{value} is neither a BIN nor an IIN: check the digits.",
  },
  "value.id_not_bin": {
    kk: "{value} — жеке тұлғаның ЖСН-і; мұнда ұйымның БСН-і қажет.",
    ru: "{value} — ИИН физического лица; здесь нужен БИН организации.",
    en: "{value} is a person's IIN; the organization's BIN is needed here.",
  },
  "value.id_padded": {
    kk: "Excel бұл мәнді сан ретінде сақтап, алдыңғы нөлдерді алып тастаған; {value} болып қалпына келтірілді. Ұяшыққа «Мәтіндік» пішімін беріңіз.",
    ru: "Excel сохранил значение как число и убрал ведущие нули; восстановлено как {value}. Задайте ячейке формат «Текстовый».",
    en: "Excel stored the value as a number and dropped its leading zeros; it was restored as {value}. Give the cell the Text format.",
  },
  "value.not_an_email": {
    kk: "«{value}» электрондық пошта мекенжайына ұқсамайды.",
    ru: "«{value}» не похоже на адрес электронной почты.",
    en: '"{value}" does not look like an e-mail address.',
  },
  "value.not_a_phone": {
    kk: "«{value}» телефон нөміріне ұқсамайды: 10 немесе 11 цифр жазыңыз, мысалы +7 701 123 45 67.",
    ru: "«{value}» не похоже на номер телефона: укажите 10 или 11 цифр, например +7 701 123 45 67.",
    en: '"{value}" does not look like a phone number: give 10 or 11 digits, e.g. +7 701 123 45 67.',
  },
  "value.not_a_url": {
    kk: "«{value}» сілтеме емес: мекенжай http:// немесе https:// деп басталуы тиіс.",
    ru: "«{value}» — не ссылка: адрес должен начинаться с http:// или https://.",
    en: '"{value}" is not a link: it must start with http:// or https://.',
  },
};
