/** Districts and cities where sample organizations stand: each belongs to one education department. */
export interface District {
  /** A code of the `region` list. */
  readonly region: string;
  readonly kk: string;
  readonly ru: string;
  /** The long-distance code of its phone numbers. */
  readonly phoneCode: string;
  /** A Latin name for sites and e-mail addresses. */
  readonly slug: string;
  /** The town or village a report there is dated in. */
  readonly place: { readonly kk: string; readonly ru: string };
}

/** A city is its own place; a district names its centre, a city's district its city. */
const d = (
  region: string,
  kk: string,
  ru: string,
  phoneCode: string,
  slug: string,
  place = { kk, ru: ru.replace(/^город /, "г. ") },
): District => ({ region, kk, ru, phoneCode, slug, place });

const ALMATY = { kk: "Алматы қаласы", ru: "г. Алматы" };
const ASTANA = { kk: "Астана қаласы", ru: "г. Астана" };
const SHYMKENT = { kk: "Шымкент қаласы", ru: "г. Шымкент" };

export const DISTRICTS: readonly District[] = [
  d("almaty_city", "Алмалы ауданы", "Алмалинский район", "727", "almaly", ALMATY),
  d("almaty_city", "Бостандық ауданы", "Бостандыкский район", "727", "bostandyk", ALMATY),
  d("almaty_city", "Әуезов ауданы", "Ауэзовский район", "727", "auezov", ALMATY),
  d("astana", "Алматы ауданы", "район Алматы", "7172", "almaty-ast", ASTANA),
  d("astana", "Есіл ауданы", "район Есиль", "7172", "esil", ASTANA),
  d("astana", "Сарыарқа ауданы", "район Сарыарка", "7172", "saryarka", ASTANA),
  d("shymkent", "Абай ауданы", "Абайский район", "7252", "abay-shym", SHYMKENT),
  d("shymkent", "Еңбекші ауданы", "Енбекшинский район", "7252", "enbekshi", SHYMKENT),
  d("karaganda", "Қарағанды қаласы", "город Караганда", "7212", "karaganda"),
  d("karaganda", "Бұқар жырау ауданы", "Бухар-Жырауский район", "72154", "bukhar", {
    kk: "Ботақара кенті",
    ru: "пос. Ботакара",
  }),
  d("kostanay", "Қостанай қаласы", "город Костанай", "7142", "kostanay"),
  d("kostanay", "Қостанай ауданы", "Костанайский район", "71455", "kostanay-audan", {
    kk: "Затобол кенті",
    ru: "пос. Затобольск",
  }),
  d("pavlodar", "Павлодар қаласы", "город Павлодар", "7182", "pavlodar"),
  d("pavlodar", "Екібастұз қаласы", "город Экибастуз", "7187", "ekibastuz"),
  d("turkistan", "Түркістан қаласы", "город Туркестан", "72533", "turkistan"),
  d("turkistan", "Сайрам ауданы", "Сайрамский район", "72531", "sayram", { kk: "Ақсу ауылы", ru: "с. Аксу" }),
  d("akmola", "Көкшетау қаласы", "город Кокшетау", "7162", "kokshetau"),
  d("akmola", "Бурабай ауданы", "Бурабайский район", "71636", "burabay", { kk: "Щучинск қаласы", ru: "г. Щучинск" }),
  d("aktobe", "Ақтөбе қаласы", "город Актобе", "7132", "aktobe"),
  d("atyrau", "Атырау қаласы", "город Атырау", "7122", "atyrau"),
  d("east_kazakhstan", "Өскемен қаласы", "город Усть-Каменогорск", "7232", "oskemen"),
  d("zhambyl", "Тараз қаласы", "город Тараз", "7262", "taraz"),
  d("kyzylorda", "Қызылорда қаласы", "город Кызылорда", "7242", "kyzylorda"),
  d("mangystau", "Ақтау қаласы", "город Актау", "7292", "aktau"),
  d("north_kazakhstan", "Петропавл қаласы", "город Петропавловск", "7152", "petropavl"),
  d("west_kazakhstan", "Орал қаласы", "город Уральск", "7112", "oral"),
  d("abai", "Семей қаласы", "город Семей", "7222", "semey"),
  d("zhetysu", "Талдықорған қаласы", "город Талдыкорган", "7282", "taldykorgan"),
  d("ulytau", "Жезқазған қаласы", "город Жезказган", "7102", "zhezkazgan"),
  d("almaty_region", "Қонаев қаласы", "город Конаев", "72772", "konaev"),
  d("almaty_region", "Іле ауданы", "Илийский район", "72752", "ile", {
    kk: "Өтеген батыр кенті",
    ru: "пос. Отеген батыр",
  }),
];
