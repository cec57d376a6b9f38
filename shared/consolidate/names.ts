import type { WorkbookLang } from "../i18n/lang";
import type { Value } from "./org-unit";
import type { Plan } from "./plan";
import type { RosterEntry } from "./roster";

const rosters = new WeakMap<Plan, ReadonlyMap<string, RosterEntry>>();

/** The plan's roster organization of a BIN, looked up once per plan. */
export function rosterEntry(plan: Plan, bin: string | null): RosterEntry | undefined {
  let byBin = rosters.get(plan);
  if (!byBin) rosters.set(plan, (byBin = new Map(plan.roster?.map((e) => [e.bin, e]))));
  return bin === null ? undefined : byBin.get(bin);
}

const other = (lang: WorkbookLang): WorkbookLang => (lang === "kk" ? "ru" : "kk");

/**
 * An organization's name in `lang`, so one summary speaks one language: the roster's name in that language,
 * else the organization's own (its Passport's), else either in the other language.
 */
export function orgNameIn(
  plan: Plan,
  bin: string | null,
  own: { readonly kk: string; readonly ru: string } | null | undefined,
  lang: WorkbookLang = plan.lang,
): string {
  const entry = rosterEntry(plan, bin);
  return entry?.names?.[lang] || own?.[lang] || entry?.names?.[other(lang)] || own?.[other(lang)] || entry?.name || "";
}

/** An organization's district in the summary's language from the roster, where it gives one; else its own. */
export function districtIn(plan: Plan, bin: string, own: Value): Value {
  return rosterEntry(plan, bin)?.districts?.[plan.lang] ?? own;
}
