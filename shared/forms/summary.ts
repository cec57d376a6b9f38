import type { ColumnInput } from "./column";
import { repeatedColumn, rowNo } from "./common-columns";
import { conflicts } from "./conflicts";
import { contracts } from "./contracts";
import { directions } from "./directions";
import { defineForm, type FormDef } from "./form";
import { passport } from "./passport";
import { risks } from "./risks";
import { services } from "./services";
import { staffing } from "./staffing";

/**
 * The department's summary workbook (FORMS.md): its tables are forms like an organization's, so
 * the same reader finds and parses them when a region consolidates its departments' summaries.
 * Detail tables are the organization's forms prefixed by who sent them; nothing is defined twice.
 */

// Summaries are written, never typed into: no rows are prepared.
const WRITTEN = 1;

/** A column of an organization's form, repeated in a summary table: nothing is required of written rows. */
const repeated = (column: ColumnInput): ColumnInput => ({ ...column, required: false });

const passportColumn = (key: string): ColumnInput => ({ ...repeatedColumn(passport.fields, key), hint: undefined });
const staffColumn = (key: string) => repeatedColumn(staffing.columns, key);
const riskColumn = (key: string) => repeatedColumn(risks.columns, key);

const orgBin: ColumnInput = {
  key: "org_bin",
  type: "bin",
  labels: { kk: "Ұйымның БСН", ru: "БИН организации", en: "Organization BIN" },
  width: 15,
};
const orgName: ColumnInput = {
  key: "org_name",
  type: "text",
  labels: { kk: "Ұйым", ru: "Организация", en: "Organization" },
  width: 36,
  wrap: true,
};
const count = (key: string, labels: ColumnInput["labels"], width = 13): ColumnInput => ({
  key,
  type: "integer",
  min: 0,
  labels,
  width,
});

/** A detail table: every data row of an organization's form, after the organization's BIN and name. */
function detailOf(form: FormDef, id: string, sheet: FormDef["sheet"], since?: number): FormDef {
  return defineForm({
    id,
    since,
    layout: "rows",
    capacity: WRITTEN,
    sheet,
    title: form.title,
    columns: [orgBin, orgName, ...form.columns.map(repeated)],
  });
}

export const allDirections = detailOf(
  directions,
  "AllDirections",
  { kk: "Бағыттар (барлығы)", ru: "Направления (все)", en: "All directions" },
  2,
);
export const allStaffing = detailOf(staffing, "AllStaffing", {
  kk: "Штат (барлығы)",
  ru: "Штат (все)",
  en: "All staffing",
});
export const allConflicts = detailOf(conflicts, "AllConflicts", {
  kk: "Мүдделер қақтығысы (барлығы)",
  ru: "Конфликт интересов (все)",
  en: "All conflicts",
});
export const allServices = detailOf(services, "AllServices", {
  kk: "Қызметтер (барлығы)",
  ru: "Госуслуги (все)",
  en: "All services",
});
export const allContracts = detailOf(contracts, "AllContracts", {
  kk: "Шарттар (барлығы)",
  ru: "Договоры (все)",
  en: "All contracts",
});
export const allRisks = detailOf(risks, "AllRisks", {
  kk: "Тәуекелдер (барлығы)",
  ru: "Риски (все)",
  en: "All risks",
});

/** The Passport fields of the procedure that `Orgs` repeats. */
export const PROCEDURE = [
  "order_no",
  "order_date",
  "analysis_from",
  "analysis_to",
  "announcement_date",
  "discussion_date",
  "report_date",
  "report_url",
  "head_position",
  "head_name",
] as const;

/** One row per accepted organization: who it is, and its figures summed from its detail rows. */
export const orgs = defineForm({
  id: "Orgs",
  layout: "rows",
  capacity: WRITTEN,
  sheet: { kk: "Ұйымдар", ru: "Организации", en: "Organizations" },
  title: {
    kk: "Ұйымдар бойынша жиынтық көрсеткіштер",
    ru: "Сводные показатели по организациям",
    en: "Figures by organization",
  },
  columns: [
    orgBin,
    orgName,
    passportColumn("org_type"),
    passportColumn("region"),
    passportColumn("district"),
    { ...passportColumn("parent_bin"), width: 15 },
    passportColumn("period_from"),
    passportColumn("period_to"),
    {
      key: "units",
      type: "decimal",
      min: 0,
      labels: { kk: "Штат бірліктері", ru: "Штатные единицы", en: "Staff units" },
    },
    count("occupied", { kk: "Нақты жұмыс істейді", ru: "Фактически работают", en: "Employed" }),
    count("hired", { kk: "Қабылданды", ru: "Принято", en: "Hired" }),
    count("dismissed", { kk: "Босатылды", ru: "Уволено", en: "Dismissed" }),
    {
      key: "turnover",
      type: "decimal",
      min: 0,
      numFmt: "0.0%",
      labels: { kk: "Кадрлардың тұрақтамауы, %", ru: "Текучесть кадров, %", en: "Staff turnover, %" },
    },
    count("risk_positions", {
      kk: "Тәуекелі бар лауазымдар",
      ru: "Должности с рисками",
      en: "Positions at risk",
    }),
    count("conflict_pairs", { kk: "Қақтығыс жұптары", ru: "Пары конфликта интересов", en: "Conflict pairs" }),
    count("direct_subordination", {
      kk: "оның ішінде тікелей бағыныстағы",
      ru: "из них в прямом подчинении",
      en: "of which in direct subordination",
    }),
    count("services_total", { kk: "Көрсетілген қызметтер", ru: "Оказано услуг", en: "Services rendered" }),
    count("services_late", {
      kk: "оның ішінде мерзімі бұзылған",
      ru: "из них с нарушением сроков",
      en: "of which late",
    }),
    count("contracts_count", { kk: "Шарттар саны", ru: "Число договоров", en: "Contracts" }),
    {
      key: "contracts_amount",
      type: "decimal",
      min: 0,
      numFmt: "#,##0.0",
      labels: {
        kk: "Шарттар сомасы, мың теңге",
        ru: "Сумма договоров, тыс. тенге",
        en: "Contracts amount, thousand tenge",
      },
      width: 16,
    },
    count("risks_count", { kk: "Анықталған тәуекелдер", ru: "Выявлено рисков", en: "Risks identified" }),
    count("risk_directions", {
      kk: "Тәуекелдері бар бағыттар",
      ru: "Направления с рисками",
      en: "Directions with risks",
    }),
    count("warnings", { kk: "Ескертулер", ru: "Предупреждения", en: "Warnings" }),
    {
      key: "source_file",
      type: "text",
      labels: { kk: "Бастапқы файл", ru: "Исходный файл", en: "Source file" },
      width: 30,
    },
    {
      key: "source_sha256",
      type: "text",
      labels: { kk: "Файлдың SHA-256", ru: "SHA-256 файла", en: "File SHA-256" },
      width: 20,
    },
    // The procedure (version 2): what the department's report says of each organization's analysis.
    ...PROCEDURE.map((key) => ({ ...passportColumn(key), since: 2 })),
  ],
});

/** Every service summed over the department, by the channel it was rendered through. */
export const servicesByChannel = defineForm({
  id: "ServicesByChannel",
  layout: "rows",
  capacity: WRITTEN,
  sheet: { kk: "Қызметтер арналар бойынша", ru: "Услуги по каналам", en: "Services by channel" },
  title: {
    kk: "Мемлекеттік қызметтер көрсету арналары бойынша",
    ru: "Государственные услуги по каналам оказания",
    en: "Public services by channel",
  },
  columns: services.columns.filter((c) => c.key !== rowNo.key).map(repeated),
});

/** The register of positions exposed to corruption risks. */
export const riskPositions = defineForm({
  id: "RiskPositions",
  layout: "rows",
  capacity: WRITTEN,
  sheet: { kk: "Тәуекелі бар лауазымдар", ru: "Должности с рисками", en: "Positions at risk" },
  title: {
    kk: "Сыбайлас жемқорлық тәуекелдеріне ұшыраған лауазымдардың тізілімі",
    ru: "Реестр должностей, подверженных коррупционным рискам",
    en: "Register of positions exposed to corruption risks",
  },
  columns: [orgBin, orgName, staffColumn("position"), staffColumn("units"), staffColumn("risk_reason")],
});

/** The department's merged risk list, in the official column order, then who and which direction. */
export const riskList = defineForm({
  id: "RiskList",
  layout: "rows",
  capacity: WRITTEN,
  sheet: { kk: "Тәуекелдер тізбесі", ru: "Перечень рисков", en: "Risk list" },
  title: {
    kk: "Анықталған сыбайлас жемқорлық тәуекелдерінің тізбесі",
    ru: "Перечень выявленных коррупционных рисков",
    en: "List of identified corruption risks",
  },
  columns: [
    rowNo,
    riskColumn("risk"),
    riskColumn("recommendation"),
    riskColumn("form"),
    riskColumn("authority_position"),
    riskColumn("deadline"),
    orgName,
    riskColumn("direction"),
  ],
});

/**
 * Every file given to consolidation, whatever happened to it: what needs action first, its outcome and the
 * reason beside the file; the details to check a file by (its size and hash) last.
 */
export const intake = defineForm({
  id: "Intake",
  layout: "rows",
  capacity: WRITTEN,
  sheet: { kk: "Қабылданған файлдар", ru: "Полученные файлы", en: "Intake" },
  title: {
    kk: "Жиынтыққа берілген файлдар",
    ru: "Файлы, поданные на свод",
    en: "Files given to consolidation",
  },
  columns: [
    { key: "file", type: "text", labels: { kk: "Файл", ru: "Файл", en: "File" }, width: 30, wrap: true },
    { key: "outcome", type: "text", labels: { kk: "Нәтиже", ru: "Итог", en: "Outcome" }, width: 16 },
    { key: "reason", type: "text", labels: { kk: "Себебі", ru: "Причина", en: "Reason" }, width: 60, wrap: true },
    orgBin,
    orgName,
    count("errors", { kk: "Қателер", ru: "Ошибки", en: "Errors" }, 9),
    count("warnings", { kk: "Ескертулер", ru: "Предупреждения", en: "Warnings" }, 9),
    { key: "stamp", type: "text", labels: { kk: "Тексеру мөрі", ru: "Отметка проверки", en: "Stamp" }, width: 18 },
    { key: "version", type: "text", labels: { kk: "Нұсқа", ru: "Версия", en: "Version" }, width: 8 },
    { key: "lang", type: "text", labels: { kk: "Тілі", ru: "Язык", en: "Language" }, width: 8 },
    { key: "size", type: "integer", labels: { kk: "Көлемі, байт", ru: "Размер, байт", en: "Size, bytes" } },
    { key: "sha256", type: "text", labels: { kk: "SHA-256", ru: "SHA-256", en: "SHA-256" }, width: 20 },
  ],
});

/** Organizations of the roster without an accepted workbook, and whom to ask (from the last file they sent). */
export const missing = defineForm({
  id: "Missing",
  layout: "rows",
  capacity: WRITTEN,
  sheet: { kk: "Тапсырмағандар", ru: "Не сдали", en: "Missing" },
  title: {
    kk: "Қабылданған жұмыс кітабы жоқ ұйымдар",
    ru: "Организации без принятой рабочей книги",
    en: "Organizations without an accepted workbook",
  },
  columns: [
    orgBin,
    orgName,
    passportColumn("org_type"),
    { ...passportColumn("district"), width: 18, wrap: true },
    { ...passportColumn("responsible"), width: 24, wrap: true },
    { ...passportColumn("contact_email"), width: 32 },
    { ...passportColumn("contact_phone"), width: 16 },
    { key: "note", type: "text", labels: { kk: "Ескерту", ru: "Примечание", en: "Note" }, width: 60, wrap: true },
  ],
});

/** The detail tables in sheet order, each with the organization's form it repeats. */
export const DETAILS: readonly { readonly table: FormDef; readonly source: FormDef }[] = [
  { table: allDirections, source: directions },
  { table: allStaffing, source: staffing },
  { table: allConflicts, source: conflicts },
  { table: allServices, source: services },
  { table: allContracts, source: contracts },
  { table: allRisks, source: risks },
];

/** The summary's tables in sheet order. */
export const SUMMARY_FORMS: readonly FormDef[] = [
  orgs,
  ...DETAILS.map((d) => d.table),
  servicesByChannel,
  riskPositions,
  riskList,
  intake,
  missing,
];

/** The `template` key in a summary's `_meta`. */
export const SUMMARY_TEMPLATE = "vakr-summary";
