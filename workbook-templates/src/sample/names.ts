import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { Random } from "./random";

/** A word as each workbook language writes it: Kazakh keeps ә ғ қ ң ө ұ ү һ і, Russian spells them its way. */
type Spelled = readonly [kk: string, ru: string];

export type Sex = "m" | "f";

export interface Person {
  readonly sex: Sex;
  readonly origin: "kazakh" | "russian";
  /** The male form: the female form adds «а». */
  readonly familyName: Spelled;
  readonly given: Spelled;
  readonly patronymic: Spelled;
}

const same = (word: string): Spelled => [word, word];

const KAZAKH_SURNAMES: readonly Spelled[] = [
  ["Ахметов", "Ахметов"],
  ["Сәрсенбаев", "Сарсенбаев"],
  ["Жұмабаев", "Жумабаев"],
  ["Омаров", "Омаров"],
  ["Төлегенов", "Толегенов"],
  ["Қасымов", "Касымов"],
  ["Нұрпейісов", "Нурпеисов"],
  ["Әбдірахманов", "Абдрахманов"],
  ["Байжанов", "Байжанов"],
  ["Смағұлов", "Смагулов"],
  ["Мұқанов", "Муканов"],
  ["Серікбаев", "Серикбаев"],
  ["Оспанов", "Оспанов"],
  ["Исабеков", "Исабеков"],
  ["Тұрсынов", "Турсынов"],
  ["Есенов", "Есенов"],
  ["Құрманғалиев", "Курмангалиев"],
  ["Жақсылықов", "Жаксылыков"],
  ["Бекмұхамбетов", "Бекмухамбетов"],
  ["Әлімжанов", "Алимжанов"],
  ["Досжанов", "Досжанов"],
  ["Үсенов", "Усенов"],
  ["Ермеков", "Ермеков"],
  ["Ыбыраев", "Ибраев"],
  ["Шәкенов", "Шакенов"],
  ["Қоңырбаев", "Конырбаев"],
  ["Мырзахметов", "Мырзахметов"],
  ["Рахымжанов", "Рахимжанов"],
  ["Өтегенов", "Утегенов"],
  ["Шаһимарданов", "Шахимарданов"],
];

const KAZAKH_MALE: readonly Spelled[] = [
  ["Ерлан", "Ерлан"],
  ["Нұрлан", "Нурлан"],
  ["Әлихан", "Алихан"],
  ["Дәурен", "Даурен"],
  ["Асқар", "Аскар"],
  ["Бауыржан", "Бауыржан"],
  ["Қайрат", "Кайрат"],
  ["Ғалым", "Галым"],
  ["Жанболат", "Жанболат"],
  ["Мұрат", "Мурат"],
  ["Бағдат", "Багдат"],
  ["Талғат", "Талгат"],
  ["Ержан", "Ержан"],
  ["Мейірбек", "Мейирбек"],
  ["Ақылбек", "Акылбек"],
  ["Өмірзақ", "Омирзак"],
  ["Жаһангер", "Жахангер"],
  ["Нұрсұлтан", "Нурсултан"],
];

const KAZAKH_FEMALE: readonly Spelled[] = [
  ["Гүлнар", "Гульнар"],
  ["Әсел", "Асель"],
  ["Айгүл", "Айгуль"],
  ["Жұлдыз", "Жулдыз"],
  ["Мәдина", "Мадина"],
  ["Салтанат", "Салтанат"],
  ["Динара", "Динара"],
  ["Гүлмира", "Гульмира"],
  ["Ақмарал", "Акмарал"],
  ["Ләззат", "Ляззат"],
  ["Айнұр", "Айнур"],
  ["Шолпан", "Шолпан"],
  ["Нұргүл", "Нургуль"],
  ["Сәуле", "Сауле"],
  ["Мөлдір", "Молдир"],
  ["Ұлжан", "Улжан"],
  ["Іңкәр", "Инкар"],
  ["Үміт", "Умит"],
  ["Жанар", "Жанар"],
  ["Ботагөз", "Ботагоз"],
];

/** Fathers' names ending in a consonant: -ұлы / -қызы in Kazakh, -ович / -овна in Russian. */
const KAZAKH_FATHERS: readonly Spelled[] = [
  ["Серік", "Серик"],
  ["Нұрлан", "Нурлан"],
  ["Қайрат", "Кайрат"],
  ["Ерлан", "Ерлан"],
  ["Болат", "Болат"],
  ["Мұрат", "Мурат"],
  ["Асқар", "Аскар"],
  ["Талғат", "Талгат"],
  ["Бақыт", "Бакыт"],
  ["Жанат", "Жанат"],
  ["Ғалым", "Галым"],
  ["Марат", "Марат"],
  ["Сәкен", "Сакен"],
  ["Ерболат", "Ерболат"],
  ["Темірхан", "Темирхан"],
  ["Жақсылық", "Жаксылык"],
];

const RUSSIAN_SURNAMES = [
  "Иванов",
  "Петров",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Никитин",
  "Ильин",
].map(same);

const RUSSIAN_MALE = [
  "Александр",
  "Сергей",
  "Андрей",
  "Дмитрий",
  "Владимир",
  "Евгений",
  "Николай",
  "Игорь",
  "Олег",
].map(same);
const RUSSIAN_FEMALE = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Марина", "Людмила", "Анна"].map(
  same,
);
/** Patronymics: male, female. */
const RUSSIAN_PATRONYMICS: readonly (readonly [string, string])[] = [
  ["Александрович", "Александровна"],
  ["Сергеевич", "Сергеевна"],
  ["Николаевич", "Николаевна"],
  ["Владимирович", "Владимировна"],
  ["Викторович", "Викторовна"],
  ["Петрович", "Петровна"],
  ["Юрьевич", "Юрьевна"],
  ["Геннадьевич", "Геннадьевна"],
  ["Михайлович", "Михайловна"],
];

const bySpelling = (spelled: Spelled, lang: WorkbookLang) => (lang === "kk" ? spelled[0] : spelled[1]);

function patronymicOf(random: Random, origin: Person["origin"], sex: Sex): Spelled {
  if (origin === "russian") return same(random.pick(RUSSIAN_PATRONYMICS)[sex === "m" ? 0 : 1]);
  const [kk, ru] = random.pick(KAZAKH_FATHERS);
  return sex === "m" ? [`${kk}ұлы`, `${ru}ович`] : [`${kk}қызы`, `${ru}овна`];
}

function person(random: Random, origin: Person["origin"], sex: Sex, familyName?: Spelled): Person {
  const kazakh = origin === "kazakh";
  const given = random.pick(
    kazakh ? (sex === "m" ? KAZAKH_MALE : KAZAKH_FEMALE) : sex === "m" ? RUSSIAN_MALE : RUSSIAN_FEMALE,
  );
  return {
    sex,
    origin,
    familyName: familyName ?? random.pick(kazakh ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES),
    given,
    patronymic: patronymicOf(random, origin, sex),
  };
}

/** Someone working in an organization: mostly Kazakh, more so where the workbook is in Kazakh; mostly women. */
export function randomPerson(random: Random, lang: WorkbookLang, sex: Sex = random.chance(0.75) ? "f" : "m"): Person {
  return person(random, random.chance(lang === "kk" ? 0.88 : 0.6) ? "kazakh" : "russian", sex);
}

/** A relative: kin by blood or marriage share the family name; in-laws and others have their own. */
export function relativeOf(random: Random, of: Person, sharesName: boolean, sex: Sex): Person {
  return person(random, of.origin, sex, sharesName ? of.familyName : undefined);
}

function surname(p: Person, lang: WorkbookLang): string {
  const male = bySpelling(p.familyName, lang);
  return p.sex === "m" ? male : `${male}а`;
}

/** «Ахметова Гүлнар Серікқызы». */
export function fullName(p: Person, lang: WorkbookLang): string {
  return `${surname(p, lang)} ${bySpelling(p.given, lang)} ${bySpelling(p.patronymic, lang)}`;
}

/** «Г.С. Ахметова», as a head signs under a document. */
export function signedName(p: Person, lang: WorkbookLang): string {
  return `${bySpelling(p.given, lang).charAt(0)}.${bySpelling(p.patronymic, lang).charAt(0)}. ${surname(p, lang)}`;
}

/** «Ахметова Г.С.», as registers and orders write it. */
export function shortName(p: Person, lang: WorkbookLang): string {
  return `${surname(p, lang)} ${bySpelling(p.given, lang).charAt(0)}.${bySpelling(p.patronymic, lang).charAt(0)}.`;
}
