import { type z } from "zod";
import { defineForm, rowSchema } from "./form";

export const passport = defineForm({
  id: "Passport",
  layout: "fields",
  sheet: { kk: "Төлқұжат", ru: "Паспорт", en: "Passport" },
  title: {
    kk: "Сыбайлас жемқорлық тәуекелдеріне ішкі талдау: ұйымның төлқұжаты",
    ru: "Внутренний анализ коррупционных рисков: паспорт организации",
    en: "Internal analysis of corruption risks: organization passport",
  },
  columns: [
    {
      key: "field",
      type: "text",
      labels: { kk: "Өріс коды", ru: "Код поля", en: "Field code" },
      fixed: true,
      width: 18,
    },
    {
      key: "label",
      type: "text",
      labels: { kk: "Көрсеткіш", ru: "Показатель", en: "Item" },
      fixed: true,
      width: 46,
      wrap: true,
    },
    { key: "value", type: "text", labels: { kk: "Мәні", ru: "Значение", en: "Value" }, width: 60, wrap: true },
  ],
  fields: [
    {
      key: "org_name_ru",
      type: "text",
      labels: {
        kk: "Ұйымның атауы (орыс тілінде)",
        ru: "Наименование организации (на русском)",
        en: "Organization name (Russian)",
      },
      hint: {
        kk: "Толық атауы. Орысша немесе қазақша атаудың біреуі міндетті.",
        ru: "Полное наименование. Обязательно наименование на русском или казахском.",
        en: "The full name. The Russian or the Kazakh name is required.",
      },
    },
    {
      key: "org_name_kk",
      type: "text",
      labels: {
        kk: "Ұйымның атауы (қазақ тілінде)",
        ru: "Наименование организации (на казахском)",
        en: "Organization name (Kazakh)",
      },
      hint: {
        kk: "Толық атауы. Орысша немесе қазақша атаудың біреуі міндетті.",
        ru: "Полное наименование. Обязательно наименование на русском или казахском.",
        en: "The full name. The Russian or the Kazakh name is required.",
      },
    },
    {
      key: "bin",
      type: "bin",
      required: true,
      labels: { kk: "Ұйымның БСН", ru: "БИН организации", en: "Organization BIN" },
    },
    {
      key: "org_type",
      type: "list",
      list: "orgType",
      required: true,
      labels: { kk: "Ұйымның түрі", ru: "Тип организации", en: "Organization type" },
    },
    {
      key: "region",
      type: "list",
      list: "region",
      required: true,
      labels: {
        kk: "Облыс (республикалық маңызы бар қала)",
        ru: "Область (город республиканского значения)",
        en: "Region (city of republican significance)",
      },
    },
    {
      key: "district",
      type: "text",
      required: true,
      labels: { kk: "Аудан немесе қала", ru: "Район или город", en: "District or city" },
    },
    {
      key: "parent_bin",
      type: "bin",
      labels: { kk: "Білім бөлімінің БСН", ru: "БИН отдела образования", en: "Education department BIN" },
      hint: {
        kk: "Ұйым бағынатын білім бөлімі.",
        ru: "Отдел образования, которому подчиняется организация.",
        en: "The education department the organization reports to.",
      },
    },
    {
      key: "period_from",
      type: "date",
      required: true,
      labels: { kk: "Талданатын кезеңнің басы", ru: "Начало анализируемого периода", en: "Period analysed: from" },
    },
    {
      key: "period_to",
      type: "date",
      required: true,
      labels: { kk: "Талданатын кезеңнің соңы", ru: "Конец анализируемого периода", en: "Period analysed: to" },
    },
    {
      key: "analysis_from",
      type: "date",
      required: true,
      labels: { kk: "Талдаудың басталған күні", ru: "Дата начала анализа", en: "Analysis started" },
    },
    {
      key: "analysis_to",
      type: "date",
      required: true,
      labels: { kk: "Талдаудың аяқталған күні", ru: "Дата окончания анализа", en: "Analysis ended" },
    },
    {
      key: "order_no",
      type: "text",
      labels: { kk: "Бұйрықтың нөмірі", ru: "Номер приказа", en: "Order number" },
      hint: {
        kk: "Жұмыс тобын құру туралы бұйрық.",
        ru: "Приказ о создании рабочей группы.",
        en: "The order creating the working group.",
      },
    },
    { key: "order_date", type: "date", labels: { kk: "Бұйрықтың күні", ru: "Дата приказа", en: "Order date" } },
    {
      key: "group_head",
      type: "text",
      required: true,
      labels: { kk: "Жұмыс тобының жетекшісі", ru: "Руководитель рабочей группы", en: "Working group head" },
    },
    {
      key: "group_members",
      type: "text",
      labels: { kk: "Жұмыс тобының мүшелері", ru: "Члены рабочей группы", en: "Working group members" },
      hint: {
        kk: "Аты-жөндерін нүктелі үтір (;) арқылы жазыңыз.",
        ru: "ФИО через точку с запятой (;).",
        en: "Names separated by semicolons (;).",
      },
    },
    {
      key: "responsible",
      type: "text",
      required: true,
      labels: { kk: "Жауапты тұлға", ru: "Ответственное лицо", en: "Person responsible" },
    },
    {
      key: "announcement_date",
      type: "date",
      labels: { kk: "Талдау туралы хабарландыру күні", ru: "Дата объявления об анализе", en: "Announcement date" },
      hint: {
        kk: "Сайттағы және әлеуметтік желілердегі хабарландыру талдау басталғанға дейін кемінде 10 жұмыс күні бұрын.",
        ru: "Объявление на сайте и в соцсетях не менее чем за 10 рабочих дней до начала анализа.",
        en: "The announcement on the site and social networks, at least 10 working days before the analysis.",
      },
    },
    {
      key: "discussion_date",
      type: "date",
      labels: {
        kk: "Нәтижелерді қоғамдық талқылау күні",
        ru: "Дата публичного обсуждения результатов",
        en: "Public discussion date",
      },
    },
    {
      key: "report_date",
      type: "date",
      required: true,
      labels: { kk: "Талдамалық анықтаманың күні", ru: "Дата аналитической справки", en: "Analytical report date" },
    },
    {
      key: "report_url",
      type: "url",
      labels: {
        kk: "Анықтама жарияланған сілтеме",
        ru: "Ссылка на опубликованную справку",
        en: "Published report link",
      },
    },
    {
      key: "contact_email",
      type: "email",
      labels: { kk: "Байланыс электрондық поштасы", ru: "Контактный e-mail", en: "Contact e-mail" },
    },
    {
      key: "contact_phone",
      type: "phone",
      labels: { kk: "Байланыс телефоны", ru: "Контактный телефон", en: "Contact phone" },
    },
    {
      key: "head_position",
      type: "text",
      required: true,
      since: 2,
      labels: { kk: "Басшының лауазымы", ru: "Должность руководителя", en: "Head's position" },
      hint: {
        kk: "Талдамалық анықтаманы бекітетін басшы, мысалы: «Директор», «Меңгеруші».",
        ru: "Руководитель, утверждающий аналитическую справку, например: «Директор», «Заведующий».",
        en: 'The head who approves the analytical report, e.g. "Director".',
      },
    },
    {
      key: "head_name",
      type: "text",
      required: true,
      since: 2,
      labels: { kk: "Басшының аты-жөні", ru: "ФИО руководителя", en: "Head's name" },
      hint: {
        kk: "Қолтаңба астындағыдай, мысалы: «А.Б. Сейтова».",
        ru: "Как под подписью, например: «А.Б. Сейтова».",
        en: 'As signed, e.g. "A.B. Seitova".',
      },
    },
    {
      key: "place",
      type: "text",
      since: 2,
      labels: { kk: "Елді мекен", ru: "Населённый пункт", en: "Town or village" },
      hint: {
        kk: "Анықтаманың күні жазылатын жолдағы қала немесе ауыл.",
        ru: "Город или село в строке с датой справки.",
        en: "The town or village on the report's date line.",
      },
    },
  ],
});

export const PassportData = rowSchema(passport.fields);
export type PassportData = z.infer<typeof PassportData>;
