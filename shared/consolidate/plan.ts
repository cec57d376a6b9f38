import type { WorkbookLang } from "../i18n/lang";
import { type Decision, decide } from "./decide";
import type { Examined, PackedUnit } from "./examined";
import { rosterEntryByFileName } from "./identify";
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
  /** The department's name, as it chose to give it: the summary's title names it. */
  readonly department: string | null;
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
  options: {
    readonly lang?: WorkbookLang;
    readonly roster?: readonly RosterEntry[];
    readonly department?: string;
  } = {},
): Plan {
  const { roster } = options;
  const sorted = [...(roster ? files.map((f) => namedByFile(f, roster)) : files)].sort(
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
    department: options.department?.trim() || null,
    missing: (options.roster ?? []).filter((entry) => !bins.has(entry.bin)),
    rows,
  };
}

/** A file that names no organization (unreadable, not our workbook), when its name points to one of the roster. */
function namedByFile(file: Examined, roster: readonly RosterEntry[]): Examined {
  if (file.bin !== null || file.units.length > 0) return file;
  const entry = rosterEntryByFileName(file.file, roster);
  if (!entry) return file;
  const names = { kk: entry.names?.kk ?? "", ru: entry.names?.ru ?? "" };
  return { ...file, bin: entry.bin, names, identifiedBy: "fileName" };
}

/** Without a choice, the summary speaks the language most accepted workbooks were filled in (Kazakh on a tie). */
function majorityLang(accepted: readonly AcceptedUnit[]): WorkbookLang {
  const ru = accepted.filter((a) => a.from.lang === "ru").length;
  return ru > accepted.length - ru ? "ru" : "kk";
}
