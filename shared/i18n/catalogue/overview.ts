import type { Labels } from "../lang";

/** The summary's overview sheet: its figures, charts and the tables they read. */
export const overviewMessages = {
  "overview.sheet": { kk: "Шолу", ru: "Обзор", en: "Overview" },
  "overview.title": {
    kk: "Сыбайлас жемқорлық тәуекелдерін ішкі талдау: жиынтық шолу",
    ru: "Внутренний анализ коррупционных рисков: обзор свода",
    en: "Internal analysis of corruption risks: overview",
  },
  "overview.period": { kk: "Кезең: {from} – {to}", ru: "Период: {from} – {to}", en: "Period: {from} to {to}" },
  "overview.asOf": {
    kk: "Деректер {date} жағдай бойынша",
    ru: "Данные по состоянию на {date}",
    en: "Data as of {date}",
  },
  "overview.department": {
    kk: "Білім бөлімі (БСН {bin})",
    ru: "Отдел образования (БИН {bin})",
    en: "Education department (BIN {bin})",
  },
  "overview.departmentNamed": { kk: "{name} (БСН {bin})", ru: "{name} (БИН {bin})", en: "{name} (BIN {bin})" },
  "overview.fig.roster": { kk: "Тізімдегі ұйымдар", ru: "Организаций в перечне", en: "Organizations on the roster" },
  "overview.fig.accepted": { kk: "Қабылданды", ru: "Принято", en: "Accepted" },
  "overview.fig.rejected": { kk: "Қабылданбады", ru: "Отклонено", en: "Rejected" },
  "overview.fig.missing": { kk: "Тапсырмады", ru: "Не сдали", en: "Missing" },
  "overview.fig.risks": { kk: "Анықталған тәуекелдер", ru: "Выявлено рисков", en: "Risks found" },
  "overview.fig.subordination": {
    kk: "Тікелей бағыныстағы қақтығыс жұптары",
    ru: "Пары конфликта интересов в прямом подчинении",
    en: "Conflict pairs in direct subordination",
  },
  "overview.fig.late": {
    kk: "Мерзімі бұзылған қызметтер",
    ru: "Услуг с нарушением сроков",
    en: "Services delivered late",
  },
  "overview.fig.contracts": { kk: "Шарттар", ru: "Договоров", en: "Contracts" },
  "overview.fig.amount": {
    kk: "Шарттар сомасы, мың теңге",
    ru: "Сумма договоров, тыс. тенге",
    en: "Contracts amount, thousand tenge",
  },
  "overview.status.title": { kk: "Жұмыс кітаптарын тапсыру", ru: "Сдача рабочих книг", en: "Workbooks submitted" },
  "overview.status.status": { kk: "Жағдайы", ru: "Статус", en: "Status" },
  "overview.count": { kk: "Саны", ru: "Количество", en: "Count" },
  "overview.directions.title": {
    kk: "Тәуекелдер анықталған ұйымдар, бағыттар бойынша",
    ru: "Организации с выявленными рисками по направлениям",
    en: "Organizations with risks found, by direction",
  },
  "overview.directions.orgs": { kk: "Ұйымдар", ru: "Организаций", en: "Organizations" },
  "overview.turnover.title": {
    kk: "Кадрлардың тұрақтамауы: ең жоғары 15 ұйым",
    ru: "Текучесть кадров: 15 организаций с наибольшей",
    en: "Staff turnover: the 15 highest organizations",
  },
  "overview.turnover.titleByDepartment": {
    kk: "Кадрлардың тұрақтамауы бөлімдер бойынша",
    ru: "Текучесть кадров по отделам",
    en: "Staff turnover by department",
  },
  "overview.turnover.department": { kk: "Бөлім", ru: "Отдел", en: "Department" },
  "overview.turnover.overall": { kk: "Жалпы жиынтық бойынша", ru: "В целом по своду", en: "Overall" },
  "overview.services.title": {
    kk: "Мемлекеттік қызметтер көрсету арналары бойынша",
    ru: "Госуслуги по каналам оказания",
    en: "Public services by channel",
  },
  "overview.contracts.title": {
    kk: "Шарттар сомасы сатып алу тәсілдері бойынша, мың теңге",
    ru: "Сумма договоров по способам закупки, тыс. тенге",
    en: "Contracts amount by procurement method, thousand tenge",
  },
  "overview.noData": { kk: "деректер жоқ", ru: "нет данных", en: "no data" },
} satisfies Record<string, Labels>;
