import { describeFinding } from "../findings/describe-finding";
import type { Finding } from "../findings/finding";
import { intake } from "../forms/summary";
import type { Lang } from "../i18n/lang";
import { tsum } from "../i18n/summary-text";
import type { Decision } from "./decide";
import { CONTACTS, type Examined, whomToAsk } from "./examined";
import type { Value } from "./org-unit";
import { districtIn, orgNameIn, rosterEntry } from "./names";
import type { Plan } from "./plan";
import type { RosterEntry } from "./roster";

/** One file's line of the ledger: what `Intake` shows and `--json` prints. */
export interface LedgerEntry {
  readonly file: string;
  readonly sha256: string;
  readonly bin: string | null;
  readonly org: string | null;
  readonly outcome: Decision["outcome"];
  readonly reason: string;
  readonly errors: number;
  readonly warnings: number;
}

/** The organization a file is about: its workbook's Passport, else the one organization a summary brings. */
function orgOf(decision: Decision, plan: Plan, lang: Lang): { bin: string | null; org: string | null } {
  const { examined } = decision;
  const names = examined.names ?? (examined.units.length === 1 ? examined.units[0]?.names : undefined);
  const bin = examined.bin ?? (examined.units.length === 1 ? (examined.units[0]?.bin ?? null) : null);
  // In English the organization keeps the name of its workbook's own language.
  const own = lang === "en" ? (examined.lang ?? "ru") : lang;
  return { bin, org: bin === null && !names ? null : orgNameIn(plan, bin, names, own) || null };
}

/** Why a file fared as it did, in `lang`: its first errors with their cells, who superseded it, a roster mismatch. */
export function reasonOf(decision: Decision, plan: Plan, lang: Lang): string {
  const { examined } = decision;
  if (decision.outcome === "rejected") {
    const problems = examined.problems
      .map((f) => `${f.sheet ? `${placeOf(f)}: ` : ""}${describeFinding(f, lang)}`)
      .join(" ");
    const reason = tsum(lang, "summary.reason.errors", { errors: Math.max(examined.errors, 1), problems }).trim();
    // Never a silent guess: how the organization of a file that could not be read was told.
    return examined.identifiedBy
      ? `${reason} ${tsum(lang, `summary.reason.identifiedBy.${examined.identifiedBy}`)}`
      : reason;
  }
  const reasons: string[] = [];
  if (decision.outcome === "superseded")
    reasons.push(tsum(lang, "summary.reason.superseded", { file: unique(decision.supersededBy.map((s) => s.file)) }));
  else if (decision.supersededBy.length > 0)
    reasons.push(
      tsum(lang, "summary.reason.partlySuperseded", {
        count: decision.supersededBy.length,
        files: unique(decision.supersededBy.map((s) => s.file)),
      }),
    );
  if (plan.roster && decision.kept.some((i) => !rosterEntry(plan, examined.units[i]?.bin ?? "")))
    reasons.push(tsum(lang, "summary.reason.notOnRoster"));
  return reasons.join(" ");
}

/** Where a finding is: `Sheet!A1`, the sheet alone, or nothing for the whole file. */
export const placeOf = (f: Finding): string => (f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? ""));

const unique = (files: readonly string[]) => [...new Set(files)].join(", ");

export function ledgerEntry(decision: Decision, plan: Plan, lang: Lang): LedgerEntry {
  const { examined } = decision;
  return {
    file: examined.file,
    sha256: examined.sha256,
    ...orgOf(decision, plan, lang),
    outcome: decision.outcome,
    reason: reasonOf(decision, plan, lang),
    errors: examined.errors,
    warnings: examined.warnings,
  };
}

/** The `Intake` row of one file, in the table's column order. */
export function intakeRow(decision: Decision, plan: Plan, lang: Plan["lang"]): Value[] {
  const { examined } = decision;
  const entry = ledgerEntry(decision, plan, lang);
  const values: Readonly<Record<string, Value>> = {
    file: examined.file,
    outcome: tsum(lang, `summary.outcome.${decision.outcome}`),
    reason: entry.reason || null,
    org_bin: entry.bin,
    org_name: entry.org,
    errors: examined.errors,
    warnings: examined.warnings,
    stamp: examined.stamp ? tsum(lang, `summary.stamp.${examined.stamp}`) : null,
    version: examined.version,
    lang: examined.lang,
    size: examined.size,
    sha256: examined.sha256,
  };
  return intake.columns.map((c) => values[c.key] ?? null);
}

/** What needs action first: rejected files, then superseded, then accepted; by name within each. */
const INTAKE_ORDER: readonly Decision["outcome"][] = ["rejected", "superseded", "accepted"];
export const intakeOrder = (decisions: readonly Decision[]): Decision[] =>
  [...decisions].sort((a, b) => INTAKE_ORDER.indexOf(a.outcome) - INTAKE_ORDER.indexOf(b.outcome));

const lastFiles = new WeakMap<Plan, ReadonlyMap<string, Decision>>();

/** The last file an organization sent (by the files' times), if any came: found for every BIN at once, per plan. */
export function lastFileOf(bin: string, plan: Plan): Decision | undefined {
  let byBin = lastFiles.get(plan);
  if (!byBin) {
    const last = new Map<string, Decision>();
    for (const d of plan.decisions) {
      const { bin: its } = d.examined;
      if (its === null) continue;
      const a = last.get(its);
      last.set(its, a && a.examined.modified > d.examined.modified ? a : d);
    }
    lastFiles.set(plan, (byBin = last));
  }
  return byBin.get(bin);
}

/** Why an organization on the roster is missing: it never sent, its last file was rejected, or could not be read. */
export function missingNote(last: Examined | undefined, lang: Lang): string {
  const unread = last?.kind === "other" ? last.problems[0] : undefined;
  if (!last) return tsum(lang, "summary.missing.notReceived");
  return unread
    ? tsum(lang, "summary.missing.unreadable", { file: last.file, reason: describeFinding(unread, lang) })
    : tsum(lang, "summary.missing.rejected", { file: last.file });
}

/**
 * The `Missing` row of a roster organization: never sent, sent and rejected, or sent a file that could not
 * be read; whom to ask, from its last file's Passport, else from the roster.
 */
export function missingRow(entry: RosterEntry, plan: Plan, lang: Plan["lang"]): Value[] {
  const last = lastFileOf(entry.bin, plan)?.examined;
  const note = missingNote(last, lang);
  const contacts = whomToAsk(last?.contacts, entry.contacts);
  return [
    entry.bin,
    orgNameIn(plan, entry.bin, last?.names, lang),
    entry.orgType,
    districtIn(plan, entry.bin, entry.district),
    ...CONTACTS.map((key) => contacts[key]),
    note,
  ];
}
