import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { addDays, addWorkingDays, randomWorkingDay } from "./calendar";
import { label, serial } from "./cells";
import type { District } from "./districts";
import { fullName, shortName, signedName } from "./names";
import type { OrgType } from "./positions";
import type { Random } from "./random";
import type { StaffRow } from "./staff";

export interface PassportContext {
  readonly lang: WorkbookLang;
  readonly orgType: OrgType;
  readonly names: { readonly kk: string; readonly ru: string; readonly latin: string };
  readonly bin: string;
  readonly parentBin: string;
  readonly district: District;
  readonly period: { readonly from: string; readonly to: string };
  readonly staff: readonly StaffRow[];
}

/** The analysis's own dates, in the order the cycle runs: order, announcement, analysis, report, discussion. */
export function analysisDates(random: Random, periodTo: string) {
  const year = Number(periodTo.slice(0, 4)) + 1;
  const analysisFrom = randomWorkingDay(random, `${year}-01-19`, `${year}-02-20`);
  const analysisTo = randomWorkingDay(random, addDays(analysisFrom, 10), addDays(analysisFrom, 25));
  // More than 10 working days of notice, with a margin for the holidays the rule does not count.
  const announcement = addWorkingDays(analysisFrom, -random.int(12, 16));
  const order = addWorkingDays(announcement, -random.int(1, 5));
  const report = addWorkingDays(analysisTo, random.int(0, 3));
  const discussion = addWorkingDays(report, random.int(2, 6));
  return { analysisFrom, analysisTo, announcement, order, report, discussion };
}

/** A phone in the district's code: «8 (7142) 53-12-44», 11 digits in all. */
function phone(random: Random, code: string): string {
  const local = String(random.int(10 ** (9 - code.length) * 2, 10 ** (10 - code.length) - 1));
  const grouped = local.replace(/(\d{2})(\d{2})$/, "-$1-$2");
  return `8 (${code}) ${grouped}`;
}

export function passportEntry(random: Random, context: PassportContext, dates: ReturnType<typeof analysisDates>) {
  const { lang, staff, district } = context;
  const working = staff.filter((r) => r.occupied > 0);
  const byCategory = (category: string) => working.filter((r) => r.post.category === category);
  // The director (or a kindergarten's manager) approves the report; a deputy heads the working group.
  const director = byCategory("management")[0] ?? working[0];
  const head = byCategory("management")[1] ?? working[0];
  const members = random.sample(
    working.filter((r) => r !== head && r.post.category !== "support"),
    random.int(3, 5),
  );
  const site = `${context.names.latin}-${district.slug}`;
  const entry: Record<string, SpecValue> = {
    org_name_ru: context.names.ru,
    org_name_kk: context.names.kk,
    bin: context.bin,
    org_type: label("orgType", context.orgType, lang),
    region: label("region", district.region, lang),
    district: district[lang],
    parent_bin: context.parentBin,
    period_from: serial(context.period.from),
    period_to: serial(context.period.to),
    analysis_from: serial(dates.analysisFrom),
    analysis_to: serial(dates.analysisTo),
    order_no: `${random.int(12, 180)}${random.pick(lang === "kk" ? ["", "-н/қ"] : ["", "-ОД"])}`,
    order_date: serial(dates.order),
    group_head: head ? fullName(head.holder, lang) : null,
    group_members: members.map((r) => fullName(r.holder, lang)).join("; "),
    responsible: head ? `${head.post[lang]} ${shortName(head.holder, lang)}` : null,
    announcement_date: serial(dates.announcement),
    discussion_date: serial(dates.discussion),
    report_date: serial(dates.report),
    report_url: `https://${site}.edu.kz/vakr-${context.period.to.slice(0, 4)}`,
    contact_email: `${site}@mail.kz`,
    contact_phone: phone(random, district.phoneCode),
    head_position: director ? director.post[lang] : null,
    head_name: director ? signedName(director.holder, lang) : null,
    place: district.place[lang],
  };
  return entry;
}
