import type { WorkbookLang } from "../i18n/lang";
import { type Decision, decide } from "./decide";
import type { Examined, PackedUnit } from "./examined";
import type { RosterEntry } from "./roster";

/** An organization the summary takes, and the file it comes from. */
export interface AcceptedUnit {
  readonly unit: PackedUnit;
  readonly from: Examined;
}

/** Everything the summary will hold, decided before a row is written. */
export interface Plan {
  readonly lang: WorkbookLang;
  /** Every file given, in name order. */
  readonly decisions: readonly Decision[];
  /** By BIN. */
  readonly accepted: readonly AcceptedUnit[];
  readonly roster: readonly RosterEntry[] | null;
  /** Roster organizations without an accepted workbook, in the roster's order. */
  readonly missing: readonly RosterEntry[];
  /** Data rows of each detail table over every accepted organization. */
  readonly rows: Readonly<Record<string, number>>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Decides every file's outcome and what the summary holds. The order files were given in never
 * matters: files are sorted by name (then content, then time), organizations by BIN.
 */
export function planConsolidation(
  files: readonly Examined[],
  options: { readonly lang?: WorkbookLang; readonly roster?: readonly RosterEntry[] } = {},
): Plan {
  const sorted = [...files].sort(
    (a, b) => byText(a.file, b.file) || byText(a.sha256, b.sha256) || a.modified - b.modified,
  );
  const decisions = decide(sorted);
  const accepted = decisions
    .flatMap((d) => d.kept.map((i) => ({ unit: d.examined.units[i] as PackedUnit, from: d.examined })))
    .sort((a, b) => byText(a.unit.bin, b.unit.bin));
  const bins = new Set(accepted.map((a) => a.unit.bin));
  const rows: Record<string, number> = {};
  for (const { unit } of accepted)
    for (const [table, n] of Object.entries(unit.rows)) rows[table] = (rows[table] ?? 0) + n;
  return {
    lang: options.lang ?? majorityLang(accepted),
    decisions,
    accepted,
    roster: options.roster ?? null,
    missing: (options.roster ?? []).filter((entry) => !bins.has(entry.bin)),
    rows,
  };
}

/** Without a choice, the summary speaks the language most accepted workbooks were filled in (Kazakh on a tie). */
function majorityLang(accepted: readonly AcceptedUnit[]): WorkbookLang {
  const ru = accepted.filter((a) => a.from.lang === "ru").length;
  return ru > accepted.length - ru ? "ru" : "kk";
}
