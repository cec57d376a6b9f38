import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { label, yesNo } from "./cells";
import { type Person, type Sex, fullName, relativeOf, shortName } from "./names";
import type { Random } from "./random";
import type { StaffRow } from "./staff";

type Kinship = "spouse" | "parent" | "child" | "sibling" | "grandparent" | "grandchild" | "in_law" | "other";

/** Kinships registers show most, weighted; kin by blood or marriage share the family name. */
const KINSHIPS: readonly Kinship[] = [
  "spouse",
  "spouse",
  "spouse",
  "sibling",
  "sibling",
  "child",
  "parent",
  "in_law",
  "in_law",
  "other",
  "grandchild",
];
const SHARES_NAME: ReadonlySet<Kinship> = new Set([
  "spouse",
  "parent",
  "child",
  "sibling",
  "grandparent",
  "grandchild",
]);

const MEASURES: readonly { readonly kk: string; readonly ru: string }[] = [
  {
    kk: "Туысының жұмысын бақылау функциялары директордың орынбасарына берілді, мүдделер қақтығысын реттеу туралы бұйрық шығарылды",
    ru: "Функции контроля за работой родственника переданы заместителю директора, издан приказ об урегулировании конфликта интересов",
  },
  {
    kk: "Қызметкер мүдделер қақтығысы туралы жазбаша хабарлады; туысына қатысты шешімдерді комиссия қабылдайды",
    ru: "Работник письменно уведомил о конфликте интересов; решения в отношении родственника принимает комиссия",
  },
  {
    kk: "Туысы басқа құрылымдық бөлімшеге ауыстырылды, тікелей бағыныстылық жойылды",
    ru: "Родственник переведён в другое структурное подразделение, прямая подчинённость устранена",
  },
  {
    kk: "Сыйлықақы мен қосымша ақы туралы шешімдер кәсіподақ өкілі қатысатын комиссияға берілді",
    ru: "Решения о премиях и доплатах родственнику переданы комиссии с участием представителя профсоюза",
  },
];

function relativeSex(random: Random, of: Person, kinship: Kinship): Sex {
  if (kinship === "spouse") return of.sex === "m" ? "f" : "m";
  return random.chance(0.7) ? "f" : "m";
}

/** The register of related employees: pairs among the staff, some in direct subordination, those with measures. */
export function conflictEntries(
  random: Random,
  staff: readonly StaffRow[],
  lang: WorkbookLang,
  count: number,
): Record<string, SpecValue>[] {
  const working = staff.filter((r) => r.occupied > 0);
  const managers = working.filter((r) => r.post.category === "management");
  const head = managers[0] ?? working[0];
  if (!head) return [];
  const seen = new Set<string>();
  const rows: Record<string, SpecValue>[] = [];
  while (rows.length < count) {
    // The first pair is in direct subordination, as nearly every real register has one.
    const direct = rows.length === 0 || (rows.length < 3 && random.chance(0.4));
    const boss = direct ? random.pick(managers) : random.pick(working);
    // The relative is someone else than the head, whose post has one holder.
    const other = random.pick(
      working.filter((r) => r !== boss && r !== head && (!direct || r.post.category !== "management")),
    );
    const kinship = random.pick(KINSHIPS);
    const person1 = boss.holder;
    const person2 = relativeOf(random, person1, SHARES_NAME.has(kinship), relativeSex(random, person1, kinship));
    const [name1, name2] = [fullName(person1, lang), fullName(person2, lang)];
    const key = [name1, name2].sort().join("|");
    if (name1 === name2 || seen.has(key)) continue;
    seen.add(key);
    rows.push({
      no: rows.length + 1,
      person1_name: name1,
      person1_position: boss.post[lang],
      person2_name: name2,
      person2_position: other.post[lang],
      kinship: label("kinship", kinship, lang),
      direct_subordination: yesNo(direct, lang),
      appointed_by: `${head.post[lang]} ${shortName(head.holder, lang)}`,
      measures: direct ? random.pick(MEASURES)[lang] : null,
    });
  }
  return rows;
}
