import type { Examined } from "./examined";

export type Outcome = "accepted" | "rejected" | "superseded";

/** What became of one file: its outcome, and which of its organizations the summary takes. */
export interface Decision {
  readonly examined: Examined;
  readonly outcome: Outcome;
  /** Indexes into `examined.units` that the summary takes. */
  readonly kept: readonly number[];
  /** Organizations it brought that another file carries later: bin and that file's name. */
  readonly supersededBy: readonly { readonly bin: string; readonly file: string }[];
}

interface Candidate {
  readonly examined: Examined;
  readonly unit: number;
}

/**
 * "Later" between two files carrying one organization (FORMS.md): the later validation stamp when
 * both have one, else the later file time; name and content break a tie, so the result never
 * depends on the order the files were given in.
 */
function compareLater(a: Examined, b: Examined): number {
  if (a.validatedAt && b.validatedAt && a.validatedAt !== b.validatedAt) return a.validatedAt < b.validatedAt ? -1 : 1;
  return a.modified - b.modified || compareText(a.file, b.file) || compareText(a.sha256, b.sha256);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each file's outcome: rejected (unreadable or with errors), superseded (every organization it brings comes later from another file), else accepted. */
export function decide(files: readonly Examined[]): Decision[] {
  const byBin = new Map<string, Candidate[]>();
  for (const examined of files) {
    if (examined.errors > 0) continue;
    examined.units.forEach((unit, i) => {
      const list = byBin.get(unit.bin) ?? [];
      list.push({ examined, unit: i });
      byBin.set(unit.bin, list);
    });
  }
  const winner = new Map<string, Candidate>();
  for (const [bin, list] of byBin)
    winner.set(
      bin,
      list.reduce((a, b) => (compareLater(a.examined, b.examined) >= 0 ? a : b)),
    );

  return files.map((examined) => {
    if (examined.errors > 0 || examined.units.length === 0)
      return { examined, outcome: "rejected", kept: [], supersededBy: [] };
    const kept: number[] = [];
    const supersededBy: { bin: string; file: string }[] = [];
    examined.units.forEach((unit, i) => {
      const won = winner.get(unit.bin);
      if (won?.examined === examined && won.unit === i) kept.push(i);
      else supersededBy.push({ bin: unit.bin, file: won?.examined.file ?? "" });
    });
    return { examined, outcome: kept.length > 0 ? "accepted" : "superseded", kept, supersededBy };
  });
}
