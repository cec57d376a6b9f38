import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { addDays, randomWorkingDay } from "./calendar";
import { label, serial, yesNo } from "./cells";
import { shortName } from "./names";
import type { OrgType } from "./positions";
import type { Random } from "./random";
import {
  DIRECTION_TEXTS,
  type Facts,
  NO_RISK_CONCLUSIONS,
  NO_RISK_RECOMMENDATIONS,
  type RiskText,
  WITH_RISKS_RECOMMENDATION,
  withRisks,
} from "./risks-text";
import type { StaffRow } from "./staff";

/** Who answers for a direction's recommendations, by the post's Russian title, the first one found. */
const RESPONSIBLE: Readonly<Record<string, readonly string[]>> = {
  "1": ["Специалист по кадрам", "Директор", "Заведующий"],
  "2": ["Директор", "Заведующий"],
  "3": ["Заместитель директора по учебной работе", "Методист", "Делопроизводитель"],
  "6": ["Главный бухгалтер"],
  "7": ["Специалист по государственным закупкам", "Главный бухгалтер"],
  "8": ["Заместитель директора по информатизации", "Инженер-программист", "Делопроизводитель"],
  "9": ["Заместитель директора по воспитательной работе", "Заместитель директора по учебно-воспитательной работе"],
};

export interface RisksContext {
  readonly lang: WorkbookLang;
  readonly orgType: OrgType;
  readonly facts: Facts;
  readonly staff: readonly StaffRow[];
  readonly reportDate: string;
}

/** The risks each direction shows, in direction order: every direction with a risk has 1 to 3 of them. */
function chooseRisks(random: Random, context: RisksContext): Map<string, RiskText[]> {
  const { facts, orgType } = context;
  const available = (code: string) =>
    (DIRECTION_TEXTS[code]?.risks ?? []).filter((r) => !r.types || r.types.includes(orgType));
  // Risk positions, pairs in direct subordination and late services each call for a risk of their direction.
  const codes = ["1", ...(facts.directPairs > 0 ? ["2"] : []), ...(facts.late > 0 ? ["3"] : [])];
  const target = random.int(8, 12);
  const capacity = () => codes.reduce((n, c) => n + available(c).length, 0);
  for (const code of random.shuffle(["2", "3", "6", "7", "8", "9"].filter((c) => !codes.includes(c)))) {
    if (capacity() < target || random.chance(0.25)) codes.push(code);
  }
  const counts = new Map(codes.map((c) => [c, 1]));
  let total = codes.length;
  while (total < Math.min(target, capacity())) {
    const code = random.pick(codes.filter((c) => (counts.get(c) ?? 0) < available(c).length));
    counts.set(code, (counts.get(code) ?? 0) + 1);
    total++;
  }
  const chosen = [...counts].sort(([a], [b]) => Number(a) - Number(b));
  return new Map(chosen.map(([code, n]) => [code, random.sample(available(code), n)]));
}

/** The facts of the direction first, then findings until the text says enough (300 to 1,000 characters). */
function justification(random: Random, code: string, context: RisksContext): string {
  const texts = DIRECTION_TEXTS[code];
  if (!texts) throw new Error(`no texts for direction ${code}`);
  let text = texts.lead(context.facts)[context.lang];
  for (const finding of random.shuffle(texts.findings)) {
    const next = `${text} ${finding[context.lang]}`;
    if (next.length > 1000) break;
    text = next;
    if (text.length >= 300 && random.chance(0.4)) break;
  }
  return text;
}

function responsible(code: string, context: RisksContext): string {
  const staff = context.staff.filter((r) => r.occupied > 0);
  const row = (RESPONSIBLE[code] ?? []).map((ru) => staff.find((r) => r.post.ru === ru)).find((r) => r) ?? staff[0];
  return row ? `${row.post[context.lang]} ${shortName(row.holder, context.lang)}` : "";
}

export interface RisksSample {
  readonly risks: Record<string, SpecValue>[];
  readonly directions: Record<string, SpecValue>[];
}

/** The risks sheet and the conclusions by direction, consistent: risks found exactly where risks are listed. */
export function riskEntries(random: Random, context: RisksContext): RisksSample {
  const { lang } = context;
  const chosen = chooseRisks(random, context);
  const yearEnd = `${context.reportDate.slice(0, 4)}-12-31`;
  const risks = [...chosen].flatMap(([code, texts]) =>
    texts.map((text) => ({
      direction: label("direction", code, lang),
      risk: text.risk[lang],
      justification: justification(random, code, context),
      recommendation: text.recommendation[lang],
      form: label("executionForm", text.form, lang),
      authority_position: text.authority?.[lang] ?? null,
      responsible: responsible(code, context),
      deadline: serial(randomWorkingDay(random, addDays(context.reportDate, 20), yearEnd)),
      status: label("status", random.pick(["planned", "planned", "in_progress", "in_progress", "done"]), lang),
      measure: text.measure[lang],
    })),
  );
  const directions = Array.from({ length: 9 }, (_, i) => {
    const code = String(i + 1);
    const count = chosen.get(code)?.length ?? 0;
    const conclusion = count > 0 ? withRisks(count) : NO_RISK_CONCLUSIONS[code];
    const recommendation = count > 0 ? WITH_RISKS_RECOMMENDATION : NO_RISK_RECOMMENDATIONS[code];
    return {
      analysed: yesNo(true, lang),
      risks_found: yesNo(count > 0, lang),
      conclusion: conclusion?.[lang] ?? null,
      recommendation: recommendation?.[lang] ?? null,
    };
  });
  return { risks: risks.map((r, i) => ({ no: i + 1, ...r })), directions };
}
