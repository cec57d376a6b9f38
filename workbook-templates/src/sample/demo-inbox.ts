import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec, type WorkbookEntries } from "../filled-spec";
import { label, serial } from "./cells";
import { DISTRICTS, type District } from "./districts";
import type { OrgType } from "./positions";
import { sampleOrg, type SampleOrg } from "./sample-org";

/** A file as it lies in the department's inbox. */
export interface DemoFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The file's time, ms since 1970 (whole seconds, so it survives a file system). */
  readonly modified: number;
}

/** What consolidating the inbox with its roster must give: file names by outcome, and the BINs missing. */
export interface DemoDesign {
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  readonly superseded: readonly string[];
  readonly missing: readonly string[];
}

export interface DemoInbox {
  readonly district: District;
  readonly files: readonly DemoFile[];
  /** The department's roster, in Kazakh: every organization of the inbox and one that never sent. */
  readonly roster: Uint8Array;
  /** The department's name, in the roster's language, as it gives it to consolidation. */
  readonly department: string;
  readonly design: DemoDesign;
}

/** A file of the inbox before it is written: the workbook's entries, and where a download was cut short. */
export interface PlannedFile {
  readonly name: string;
  readonly modified: number;
  readonly lang: WorkbookLang;
  readonly entries: WorkbookEntries;
  /** The file keeps only its first bytes (negative: all but its last), as a download cut short. */
  readonly cutAt?: number;
}

/** The inbox as data: what each file holds, the roster's rows, the design. Cheap: nothing is written. */
export interface DemoPlan {
  readonly district: District;
  readonly files: readonly PlannedFile[];
  readonly roster: WorkbookEntries;
  readonly design: DemoDesign;
}

/** What happens to an organization's submission. */
type Fate = "clean" | "warned" | "no_measures" | "amount_in_words" | "no_direction" | "truncated" | "sent_twice";

// Pavlodar: a city whose schools and kindergartens work in Kazakh and in Russian.
const DISTRICT = DISTRICTS.find((d) => d.slug === "pavlodar") as District;
const FIRST_SEED = 7_000;
const ROSTER_LANG: WorkbookLang = "kk";
/** 09:00 in Pavlodar on 20 March 2026, when the first file came in. */
const FIRST_ARRIVAL = Date.UTC(2026, 2, 20, 4, 0, 0);
const MINUTE = 60_000;

const TYPES: readonly OrgType[] = [
  ...Array<OrgType>(23).fill("school"),
  ...Array<OrgType>(15).fill("kindergarten"),
  ...Array<OrgType>(2).fill("extracurricular"),
];
// The three mistakes validation reports most, a download cut short, and a school that sent a correction.
const FATES: Readonly<Record<number, Fate>> = {
  4: "no_measures",
  8: "sent_twice",
  12: "truncated",
  16: "amount_in_words",
  30: "no_direction",
  // Accepted with the warnings real files carry: a contract of last December, an amount not yet typed in.
  6: "warned",
  19: "warned",
  27: "warned",
};

/**
 * A district's inbox as a methodist finds it at the deadline: 40 organizations' workbooks in Kazakh and
 * Russian, named as people name files, three with errors, one cut short, one sent twice; and the roster.
 * The same bytes on every run.
 */
export async function demoInbox(plan: DemoPlan = planDemoInbox()): Promise<DemoInbox> {
  const files: DemoFile[] = [];
  for (const file of plan.files)
    files.push({ name: file.name, bytes: await writeDemoFile(file), modified: file.modified });
  const roster = await writeXlsx(filledSpec("roster", ROSTER_LANG, plan.roster));
  const department = `${plan.district[ROSTER_LANG]} білім беру бөлімі`;
  return { district: plan.district, files, roster, department, design: plan.design };
}

/** One planned file's bytes. */
export async function writeDemoFile(file: PlannedFile): Promise<Uint8Array> {
  const bytes = await writeXlsx(filledSpec("vakr", file.lang, file.entries));
  return file.cutAt === undefined ? bytes : bytes.slice(0, file.cutAt);
}

/** What demoInbox writes, decided before anything is written. */
export function planDemoInbox(): DemoPlan {
  const orgs = distinctOrgs(TYPES.length + 1);
  const neverSent = orgs.pop() as SampleOrg;
  const names = new Set<string>();
  const files: PlannedFile[] = [];
  const design = {
    accepted: [] as string[],
    rejected: [] as string[],
    superseded: [] as string[],
    missing: [] as string[],
  };
  for (const [i, org] of orgs.entries()) {
    const fate = FATES[i] ?? "clean";
    const name = fileName(org, i, names);
    const arrived = FIRST_ARRIVAL + i * 53 * MINUTE;
    const entries = mistaken(org, fate);
    if (fate === "sent_twice") {
      // The first version lacked December's contracts; the correction came three days later.
      const contracts = org.entries.Contracts ?? [];
      const second = name.replace(/\.xlsx$/, " (1).xlsx");
      files.push(
        { name, lang: org.lang, entries: { ...org.entries, Contracts: contracts.slice(0, -12) }, modified: arrived },
        { name: second, lang: org.lang, entries, modified: arrived + 3 * 1440 * MINUTE },
      );
      design.superseded.push(name);
      design.accepted.push(second);
      continue;
    }
    // Cut short near its end: its Passport survives, so consolidation can still tell whose it was.
    const kept = fate === "truncated" ? { name: "копия отчёт.xlsx", cutAt: -2500 } : { name };
    files.push({ ...kept, lang: org.lang, entries, modified: arrived });
    if (fate === "clean" || fate === "warned") design.accepted.push(kept.name);
    else {
      design.rejected.push(kept.name);
      design.missing.push(org.bin);
    }
  }
  design.missing.push(neverSent.bin);
  return { district: DISTRICT, files, roster: { Roster: [...orgs, neverSent].map(rosterRow) }, design };
}

/** Organizations of the district, about two in five in Kazakh; no two of one type share a number. */
function distinctOrgs(count: number): SampleOrg[] {
  const taken = new Set<string>();
  const orgs: SampleOrg[] = [];
  for (let seed = FIRST_SEED; orgs.length < count; seed++) {
    const orgType = TYPES[orgs.length] ?? "kindergarten";
    const lang: WorkbookLang = orgs.length % 5 < 2 ? "kk" : "ru";
    const org = sampleOrg(seed, { lang, orgType, district: DISTRICT });
    const key = `${orgType} ${numberOf(org)}`;
    if (taken.has(key)) continue;
    taken.add(key);
    orgs.push(org);
  }
  return orgs;
}

const numberOf = (org: SampleOrg) => /№ (\d+)/.exec(org.name)?.[1] ?? "";

/** The entries with the mistake its fate names, as a methodist really makes it. */
function mistaken(org: SampleOrg, fate: Fate): WorkbookEntries {
  const change = (form: string, row: number, values: Record<string, SpecValue>): WorkbookEntries => {
    const rows = [...(org.entries[form] ?? [])];
    rows[row] = { ...rows[row], ...values };
    return { ...org.entries, [form]: rows };
  };
  switch (fate) {
    case "no_measures": {
      // A related pair in direct subordination whose measures were never written in.
      const row = (org.entries.Conflicts ?? []).findIndex((r) => r.measures);
      return change("Conflicts", row, { measures: null });
    }
    case "amount_in_words":
      return change("Contracts", 3, { amount: org.lang === "kk" ? "жүз жиырма бес мың" : "сто двадцать пять тысяч" });
    case "no_direction":
      return change("Risks", 0, { direction: null });
    case "warned": {
      const signed = change("Contracts", 1, { contract_date: serial("2024-12-27") });
      return { ...signed, Contracts: (signed.Contracts ?? []).map((r, i) => (i === 4 ? { ...r, amount: 0 } : r)) };
    }
    default:
      return org.entries;
  }
}

/** How people name the file they send: by number, by a kindergarten's name, in either language. */
function fileName(org: SampleOrg, i: number, taken: Set<string>): string {
  const n = numberOf(org);
  const quoted = /„(.+)“/.exec(org.name)?.[1] ?? n;
  const kind = /(?:«№ \d+ |«)(.+?)(?: № \d+)?»/.exec(org.name)?.[1] ?? n;
  const styles: Record<OrgType, Record<WorkbookLang, readonly string[]>> = {
    school: {
      kk: [`${n} мектеп`, `school-${n}`, `Мектеп №${n} талдау`, `${n}-мектеп СЖТ 2025`],
      ru: [`school-${n}`, `Школа №${n}`, `СОШ ${n} ВАКР 2025`, `школа ${n} итог`, `ОШ ${n} анализ рисков`],
    },
    kindergarten: {
      kk: [`Балабақша ${quoted}`, `бөбекжай ${n}`, `${quoted} балабақшасы`],
      ru: [`ДС ${quoted}`, `Детский сад №${n} ${quoted}`, `ясли-сад ${n}`],
    },
    extracurricular: { kk: [`${kind} ${n}`], ru: [`${kind} ${n}`] },
  };
  const list = styles[org.orgType][org.lang];
  const base = list[i % list.length] as string;
  const name = taken.has(`${base}.xlsx`) ? `${base} №${n}.xlsx` : `${base}.xlsx`;
  taken.add(name);
  return name;
}

/** The department's row of an organization: its names and district in both languages, and whom to ask. */
function rosterRow(org: SampleOrg): Record<string, SpecValue> {
  const passport = org.entries.Passport?.[0];
  const other = ROSTER_LANG === "kk" ? "ru" : "kk";
  return {
    bin: org.bin,
    org_name: passport?.[`org_name_${ROSTER_LANG}`] ?? org.name,
    org_type: label("orgType", org.orgType, ROSTER_LANG),
    district: DISTRICT[ROSTER_LANG],
    org_name_other: passport?.[`org_name_${other}`] ?? null,
    district_other: DISTRICT[other],
    responsible: passport?.responsible ?? null,
    contact_email: passport?.contact_email ?? null,
    contact_phone: passport?.contact_phone ?? null,
  };
}
