import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { randomWorkingDay } from "./calendar";
import { label, serial } from "./cells";
import { randomBin, randomIin } from "./id-numbers";
import { randomPerson, shortName } from "./names";
import { PURCHASES, type Purchase, type PurchaseKind, SUPPLIER_NAMES } from "./purchases";
import type { Random } from "./random";

interface Supplier {
  readonly kind: PurchaseKind;
  readonly name: string;
  readonly bin: string;
}

/** Companies with a BIN, and individual entrepreneurs, who hold an IIN. */
function suppliers(random: Random, lang: WorkbookLang): Supplier[] {
  const kk = lang === "kk";
  const companies = Object.entries(SUPPLIER_NAMES).flatMap(([kind, names]) =>
    names.map(([nameKk, nameRu]) => {
      const form = kind === "utility" ? (kk ? "АҚ" : "АО") : kk ? "ЖШС" : "ТОО";
      const name = kk ? `«${nameKk}» ${form}` : `${form} «${nameRu}»`;
      return { kind: kind as PurchaseKind, name, bin: randomBin(random) };
    }),
  );
  const entrepreneurs = (["food", "goods", "service", "works"] as const).flatMap((kind) =>
    Array.from({ length: random.int(1, 3) }, () => ({
      kind,
      name: `${kk ? "ЖК" : "ИП"} ${shortName(randomPerson(random, lang, random.chance(0.6) ? "m" : "f"), lang)}`,
      bin: randomIin(random),
    })),
  );
  return [...companies, ...entrepreneurs];
}

const FUNDING = [
  "local_budget",
  "local_budget",
  "local_budget",
  "local_budget",
  "local_budget",
  "local_budget",
  "republican_budget",
  "paid_services",
];

const NOTES: readonly { readonly kk: string; readonly ru: string }[] = [
  { kk: "Қосымша келісім № 1 жасалды", ru: "Заключено дополнительное соглашение № 1" },
  { kk: "Толық орындалды", ru: "Исполнен полностью" },
  { kk: "Тараптардың келісімі бойынша бұзылды", ru: "Расторгнут по соглашению сторон" },
  { kk: "Жеткізу мерзімі ұзартылды", ru: "Срок поставки продлён" },
];

/** Money as an accountant enters it: tenge, often whole, else with tiyn. */
function amountIn(random: Random, [min, max]: readonly [number, number]): number {
  const tenge = min + random.next() * (max - min);
  return random.chance(0.6) ? Math.round(tenge) : Math.round(tenge * 100) / 100;
}

const QUARTERS = ["I", "II", "III", "IV"];

/** Food is bought by the quarter, other goods and services often for a stated need: subjects vary as real ones do. */
function subjectOf(random: Random, purchase: Purchase, lang: WorkbookLang, date: string): string {
  const subject = purchase.subject[lang === "kk" ? 0 : 1];
  const kk = lang === "kk";
  if (purchase.kind === "food") {
    const quarter = QUARTERS[Math.floor((Number(date.slice(5, 7)) - 1) / 3)] ?? "I";
    return kk
      ? `${subject} (${date.slice(0, 4)} жылдың ${quarter} тоқсаны)`
      : `${subject} на ${quarter} квартал ${date.slice(0, 4)} года`;
  }
  if (purchase.kind === "utility" || !random.chance(0.5)) return subject;
  return `${subject}${random.pick(kk ? PURPOSES_KK : PURPOSES_RU)}`;
}

const PURPOSES_RU = [
  " для пищеблока",
  " для кабинета информатики",
  " для спортивного зала",
  " для актового зала",
  " к новому учебному году",
  " по заявке методического кабинета",
  " для медицинского кабинета",
];
const PURPOSES_KK = [
  " (асхана үшін)",
  " (информатика кабинеті үшін)",
  " (спорт залы үшін)",
  " (мәжіліс залы үшін)",
  " (жаңа оқу жылына)",
  " (әдістемелік кабинеттің өтінімі бойынша)",
  " (медициналық кабинет үшін)",
];

export interface ContractsSample {
  readonly entries: Record<string, SpecValue>[];
  readonly total: number;
  readonly local: number;
  readonly singleSource: { readonly count: number; readonly amount: number };
}

/** Contracts of a year: each utility once in January, the rest spread over the period, numbered by date. */
export function contractEntries(
  random: Random,
  lang: WorkbookLang,
  count: number,
  period: { readonly from: string; readonly to: string },
  buysFood = true,
  /** The share of the usual amounts this organization spends. */
  scale = 1,
): ContractsSample {
  const pool = suppliers(random, lang);
  const utilities = PURCHASES.filter((p) => p.kind === "utility");
  const others = PURCHASES.filter((p) => p.kind !== "utility" && (buysFood || p.kind !== "food"));
  const january = randomWorkingDay(random, period.from, period.from.replace(/-\d\d-\d\d$/, "-01-20"));
  const planned: { purchase: Purchase; date: string }[] = [
    ...utilities.slice(0, Math.min(count, utilities.length)).map((purchase) => ({ purchase, date: january })),
  ];
  while (planned.length < count) {
    planned.push({ purchase: random.pick(others), date: randomWorkingDay(random, period.from, period.to) });
  }
  planned.sort((a, b) => a.date.localeCompare(b.date));
  const style = random.pick(lang === "kk" ? ["", "/2025", "МС-"] : ["", "/2025", "ГЗ-"]);
  const numbered = (n: number) => (style.startsWith("/") ? `${n}${style}` : `${style}${n}`);
  let total = 0;
  let local = 0;
  const single = { count: 0, amount: 0 };
  const entries = planned.map(({ purchase, date }, i) => {
    const supplier = random.pick(pool.filter((s) => s.kind === purchase.kind));
    const method = random.pick(purchase.methods);
    const funding = purchase.kind === "utility" ? "local_budget" : random.pick(FUNDING);
    const amount = amountIn(random, [purchase.amount[0] * scale, purchase.amount[1] * scale]);
    total += amount;
    if (funding === "local_budget") local += amount;
    if (method === "single_source") {
      single.count++;
      single.amount += amount;
    }
    return {
      no: i + 1,
      contract_no: numbered(i + 1),
      contract_date: serial(date),
      counterparty: supplier.name,
      counterparty_bin: supplier.bin,
      subject: subjectOf(random, purchase, lang, date),
      method: label("procurementMethod", method, lang),
      amount,
      funding: label("funding", funding, lang),
      notes: random.chance(0.08) ? random.pick(NOTES)[lang] : null,
    };
  });
  return { entries, total, local, singleSource: single };
}
