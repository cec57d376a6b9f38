import { describeFinding } from "../findings/describe-finding";
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import type { Decision } from "./decide";
import type { Value } from "./org-unit";
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
function orgOf(decision: Decision, lang: Lang): { bin: string | null; org: string | null } {
  const { examined } = decision;
  const names = examined.names ?? (examined.units.length === 1 ? examined.units[0]?.names : undefined);
  const bin = examined.bin ?? (examined.units.length === 1 ? (examined.units[0]?.bin ?? null) : null);
  // In English the organization keeps the name of its workbook's own language.
  const own = lang === "en" ? (examined.lang ?? "ru") : lang;
  const name = names ? (own === "kk" ? names.kk || names.ru : names.ru || names.kk) : "";
  return { bin, org: name || null };
}

/** Why a file fared as it did, in `lang`: its first errors with their cells, who superseded it, a roster mismatch. */
export function reasonOf(decision: Decision, plan: Plan, lang: Lang): string {
  const { examined } = decision;
  if (decision.outcome === "rejected") {
    const problems = examined.problems
      .map(
        (f) =>
          `${f.sheet && f.cell ? `${f.sheet}!${f.cell}: ` : f.sheet ? `${f.sheet}: ` : ""}${describeFinding(f, lang)}`,
      )
      .join(" ");
    return t(lang, "summary.reason.errors", { errors: Math.max(examined.errors, 1), problems }).trim();
  }
  const reasons: string[] = [];
  if (decision.outcome === "superseded")
    reasons.push(t(lang, "summary.reason.superseded", { file: unique(decision.supersededBy.map((s) => s.file)) }));
  else if (decision.supersededBy.length > 0)
    reasons.push(
      t(lang, "summary.reason.partlySuperseded", {
        count: decision.supersededBy.length,
        files: unique(decision.supersededBy.map((s) => s.file)),
      }),
    );
  const onRoster = new Set(plan.roster?.map((e) => e.bin));
  if (plan.roster && decision.kept.some((i) => !onRoster.has(examined.units[i]?.bin ?? "")))
    reasons.push(t(lang, "summary.reason.notOnRoster"));
  return reasons.join(" ");
}

const unique = (files: readonly string[]) => [...new Set(files)].join(", ");

export function ledgerEntry(decision: Decision, plan: Plan, lang: Lang): LedgerEntry {
  const { examined } = decision;
  return {
    file: examined.file,
    sha256: examined.sha256,
    ...orgOf(decision, lang),
    outcome: decision.outcome,
    reason: reasonOf(decision, plan, lang),
    errors: examined.errors,
    warnings: examined.warnings,
  };
}

/** The `Intake` row of one file. */
export function intakeRow(decision: Decision, plan: Plan, lang: Plan["lang"]): Value[] {
  const { examined } = decision;
  const entry = ledgerEntry(decision, plan, lang);
  return [
    examined.file,
    examined.sha256,
    examined.size,
    entry.bin,
    entry.org,
    examined.version,
    examined.lang,
    examined.stamp ? t(lang, `summary.stamp.${examined.stamp}`) : null,
    t(lang, `summary.outcome.${decision.outcome}`),
    examined.errors,
    examined.warnings,
    entry.reason || null,
  ];
}

/** The `Missing` row of a roster organization: never sent, or sent and not accepted. */
export function missingRow(entry: RosterEntry, plan: Plan, lang: Plan["lang"]): Value[] {
  const rejected = plan.decisions.find((d) => d.examined.bin === entry.bin);
  const note = rejected
    ? t(lang, "summary.missing.rejected", { file: rejected.examined.file })
    : t(lang, "summary.missing.notReceived");
  return [entry.bin, entry.name, entry.orgType, entry.district, note];
}
