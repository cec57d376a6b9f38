import {
  type Consolidation,
  type Decision,
  type Examined,
  whomToAsk,
  lastFileOf,
  missingNote,
  type LedgerEntry,
  placeOf,
  orgNameIn,
} from "../../../shared/consolidate";
import { describeFinding } from "../../../shared/findings";
import { type Lang, type WorkbookLang, tdep } from "../../../shared/i18n";

/** Whom to ask, from the Passport of the organization's last file. */
export type Contacts = NonNullable<Examined["contacts"]>;

/** An error of a rejected file: its cell and message. */
export interface Problem {
  readonly place: string;
  readonly message: string;
}

export interface RejectedFile {
  readonly entry: LedgerEntry;
  /** Its first errors, in the pane's language. */
  readonly problems: readonly Problem[];
  readonly contacts: Contacts | null;
  /** A message to the organization, in its workbook's language, ready to paste into an e-mail. */
  readonly remarks: string;
}

export interface MissingOrg {
  readonly bin: string;
  /** In the pane's language where the roster or its Passport gives it (the summary's in English). */
  readonly name: string;
  /** Never sent, sent and rejected (naming the file), or sent a file that could not be read. */
  readonly note: string;
  readonly contacts: Contacts | null;
  readonly remarks: string;
}

/** The ledger as the department works through it: what needs action first, then what went well. */
export interface DepartmentView {
  readonly rejected: readonly RejectedFile[];
  readonly missing: readonly MissingOrg[];
  readonly superseded: readonly LedgerEntry[];
  readonly accepted: readonly LedgerEntry[];
}

export function departmentView({ plan, ledger }: Consolidation, lang: Lang): DepartmentView {
  // The ledger has one entry per decision, in the same order.
  const entryOf = new Map(plan.decisions.map((d, i) => [d, ledger[i] as LedgerEntry]));
  const withOutcome = (outcome: LedgerEntry["outcome"]) => ledger.filter((e) => e.outcome === outcome);
  const remarksOf = (decision: Decision) => rejectedRemarks(decision.examined, decision.examined.lang ?? plan.lang);
  return {
    rejected: plan.decisions
      .filter((d) => d.outcome === "rejected")
      .map((d) => ({
        entry: entryOf.get(d) as LedgerEntry,
        problems: d.examined.problems.map((f) => ({ place: placeOf(f), message: describeFinding(f, lang) })),
        contacts: whomToAsk(d.examined.contacts, plan.roster?.find((e) => e.bin === d.examined.bin)?.contacts),
        remarks: remarksOf(d),
      })),
    missing: plan.missing.map((org) => {
      const last = lastFileOf(org.bin, plan);
      return {
        bin: org.bin,
        name: orgNameIn(plan, org.bin, last?.examined.names, lang === "en" ? plan.lang : lang),
        note: missingNote(last?.examined, lang),
        contacts: whomToAsk(last?.examined.contacts, org.contacts),
        remarks: last ? remarksOf(last) : notReceivedRemarks(plan.lang),
      };
    }),
    superseded: withOutcome("superseded"),
    accepted: withOutcome("accepted"),
  };
}

/** The file, how many errors, and the first of them with their cells: in the organization's language. */
function rejectedRemarks(examined: Examined, lang: WorkbookLang): string {
  const errors = Math.max(examined.errors, 1);
  const lines = [
    tdep(lang, "department.remarks.greeting"),
    tdep(lang, "department.remarks.rejected", { file: examined.file, errors }),
    ...examined.problems.map((f) => `— ${f.sheet ? `${placeOf(f)}: ` : ""}${describeFinding(f, lang)}`),
  ];
  if (errors > examined.problems.length) lines.push(tdep(lang, "department.remarks.more"));
  return lines.join("\n");
}

function notReceivedRemarks(lang: WorkbookLang): string {
  return [tdep(lang, "department.remarks.greeting"), tdep(lang, "department.remarks.notReceived")].join("\n");
}
