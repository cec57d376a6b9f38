import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { WorkbookEntries } from "../filled-spec";
import { decimalText, thousands, yesNo } from "./cells";
import { conflictEntries } from "./conflicts";
import { contractEntries } from "./contracts";
import { DISTRICTS, type District } from "./districts";
import { randomBin } from "./id-numbers";
import { orgNames } from "./org-names";
import { analysisDates, passportEntry } from "./passport";
import type { OrgType } from "./positions";
import { Random, seedOf } from "./random";
import { riskEntries } from "./risks";
import type { Facts } from "./risks-text";
import { serviceEntries } from "./services";
import { staffRows, staffingEntries, type StaffRow } from "./staff";

export interface SampleOptions {
  readonly lang?: WorkbookLang;
  readonly orgType?: OrgType;
  /** One of `DISTRICTS`: organizations of one district share their department's BIN. */
  readonly district?: District;
}

export interface SampleOrg {
  readonly bin: string;
  /** The name in the workbook's language. */
  readonly name: string;
  readonly lang: WorkbookLang;
  readonly orgType: OrgType;
  readonly district: District;
  /** For `filledSpec("vakr", lang, entries)`. */
  readonly entries: WorkbookEntries;
}

/** Every sample analyses the calendar year 2025, in early 2026. */
export const SAMPLE_PERIOD = { from: "2025-01-01", to: "2025-12-31" } as const;

/** The education department of a district: the same BIN for every sample there. */
export const departmentBin = (district: District) => randomBin(new Random(seedOf(district.ru)));

function staffFacts(staff: readonly StaffRow[]) {
  const sum = (pick: (r: StaffRow) => number) => staff.reduce((n, r) => n + pick(r), 0);
  const occupied = sum((r) => r.occupied);
  const dismissed = sum((r) => r.dismissed);
  const atRisk = staff.filter((r) => r.post.risk);
  return {
    units: decimalText(sum((r) => r.units)),
    occupied,
    hired: sum((r) => r.hired),
    dismissed,
    dismissedNegative: sum((r) => r.dismissedNegative),
    turnover: decimalText(occupied > 0 ? Math.round((dismissed / occupied) * 1000) / 10 : 0),
    riskPositions: {
      kk: atRisk.map((r) => r.post.kk.toLowerCase()).join(", "),
      ru: atRisk.map((r) => r.post.ru.toLowerCase()).join(", "),
    },
  };
}

/**
 * Contracts a year by the kind and size of organization: per person employed, and the share of a large school's
 * usual amounts (a kindergarten of 35: some 20-35 contracts, tens of millions of tenge).
 */
const CONTRACTS_BY_TYPE: Readonly<Record<OrgType, { perHead: [number, number]; scale: number }>> = {
  school: { perHead: [0.8, 1.4], scale: 0.6 },
  kindergarten: { perHead: [0.6, 1.0], scale: 0.3 },
  extracurricular: { perHead: [0.5, 0.9], scale: 0.3 },
};

/**
 * An organization's workbook as its accountant would fill it, from a seed: the same seed gives the
 * same data. Each form draws from its own stream, so changing one form's generator leaves the others.
 */
export function sampleOrg(seed: number, options: SampleOptions = {}): SampleOrg {
  const root = new Random(seed);
  // The defaults are drawn even when given, so an option changes only what it names.
  const drawn = {
    lang: root.chance(0.5) ? "kk" : "ru",
    orgType: root.pick<OrgType>(["school", "school", "school", "kindergarten", "kindergarten", "extracurricular"]),
    district: root.pick(DISTRICTS),
  } as const;
  const lang = options.lang ?? drawn.lang;
  const orgType = options.orgType ?? drawn.orgType;
  const district = options.district ?? drawn.district;
  const [org, staffStream, conflictStream, serviceStream, contractStream, riskStream] = [
    "org",
    "staff",
    "conflicts",
    "services",
    "contracts",
    "risks",
  ].map((label) => root.fork(label)) as [Random, Random, Random, Random, Random, Random];

  const names = orgNames(org, orgType, org.int(1, 120));
  const bin = randomBin(org, seed);
  const dates = analysisDates(org, SAMPLE_PERIOD.to);
  const staff = staffRows(staffStream, orgType, lang);
  const conflicts = conflictEntries(
    conflictStream,
    staff,
    lang,
    orgType === "school" ? conflictStream.int(7, 12) : conflictStream.int(4, 9),
  );
  const services = serviceEntries(serviceStream, orgType, lang);
  const { perHead, scale } = CONTRACTS_BY_TYPE[orgType];
  const occupied = staff.reduce((n, r) => n + r.occupied, 0);
  const contracts = contractEntries(
    contractStream,
    lang,
    contractStream.int(Math.round(occupied * perHead[0]), Math.round(occupied * perHead[1])),
    SAMPLE_PERIOD,
    orgType !== "extracurricular",
    scale,
  );
  const count = (key: string) => services.entries.reduce((n, e) => n + Number(e[key] ?? 0), 0);
  const facts: Facts = {
    ...staffFacts(staff),
    year: Number(SAMPLE_PERIOD.to.slice(0, 4)),
    pairs: conflicts.length,
    directPairs: conflicts.filter((c) => c.direct_subordination === yesNo(true, lang)).length,
    services: count("via_portal") + count("via_is") + count("on_paper"),
    portal: count("via_portal"),
    is: count("via_is"),
    paper: count("on_paper"),
    late: services.late,
    contracts: contracts.entries.length,
    amountK: thousands(contracts.total),
    localK: thousands(contracts.local),
    singleCount: contracts.singleSource.count,
    singleK: thousands(contracts.singleSource.amount),
    orgType,
  };
  const passport = passportEntry(
    org,
    { lang, orgType, names, bin, parentBin: departmentBin(district), district, period: SAMPLE_PERIOD, staff },
    dates,
  );
  const { risks, directions } = riskEntries(riskStream, { lang, orgType, facts, staff, reportDate: dates.report });
  return {
    bin,
    name: names[lang],
    lang,
    orgType,
    district,
    entries: {
      Passport: [passport],
      Directions: directions,
      Staffing: staffingEntries(staff, lang),
      Conflicts: conflicts,
      Services: services.entries,
      Contracts: contracts.entries,
      Risks: risks,
    },
  };
}

/** A contracts table of any length, for the rules' benchmark: rows as `sampleOrg` writes them. */
export function sampleContracts(seed: number, count: number, lang: WorkbookLang = "ru"): WorkbookEntries["Contracts"] {
  return contractEntries(new Random(seed).fork("contracts"), lang, count, SAMPLE_PERIOD).entries;
}
