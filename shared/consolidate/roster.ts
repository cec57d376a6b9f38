import { roster } from "../forms";
import { fileReport, type Report } from "../validation/report";
import { checkAgainst } from "../validation/validate";
import { readWorkbook, type ReadOptions } from "../xlsx/read-workbook";
import type { WorkbookLang } from "../i18n/lang";
import { CONTACTS, type Contacts } from "./examined";
import type { Value } from "./org-unit";

type InLangs = { readonly [L in WorkbookLang]: string | null };

/** An organization that must submit. */
export interface RosterEntry {
  readonly bin: string;
  readonly name: string;
  readonly orgType: Value;
  readonly district: Value;
  /** The name and the district by language, as far as the roster gives them (its own, and the other). */
  readonly names?: InLangs;
  readonly districts?: InLangs;
  /** Whom to ask, when the roster says. */
  readonly contacts?: Contacts;
}

export type RosterRead =
  /** `lang`: the roster's own language, the summary's unless the department chooses another. */
  | { readonly ok: true; readonly entries: RosterEntry[]; readonly lang: WorkbookLang | null }
  | { readonly ok: false; readonly report: Report };

/** The department's roster: every row with a valid BIN, in its order. A roster with errors is refused whole, with its findings. */
export function readRoster(bytes: Uint8Array, options: ReadOptions = {}): RosterRead {
  const read = readWorkbook(bytes, options);
  if (!read.ok) return { ok: false, report: fileReport(read.fault.code, read.fault.params) };
  const { report, data } = checkAgainst(read.snapshot, "roster");
  const form = data?.forms.get(roster.id);
  if (!report.ready || !form) return { ok: false, report };
  const entries = form.rows.flatMap(({ values }): RosterEntry[] => {
    const { bin, org_name, org_type, district } = values;
    if (typeof bin !== "string") return [];
    const text = (key: string) => (values[key] === null || values[key] === undefined ? null : String(values[key]));
    const inLangs = (own: string, other: string): InLangs =>
      report.lang === "ru" ? { ru: text(own), kk: text(other) } : { kk: text(own), ru: text(other) };
    return [
      {
        bin,
        name: String(org_name ?? ""),
        orgType: org_type ?? null,
        district: district ?? null,
        names: inLangs("org_name", "org_name_other"),
        districts: inLangs("district", "district_other"),
        contacts: Object.fromEntries(CONTACTS.map((key) => [key, text(key)])) as Contacts,
      },
    ];
  });
  return { ok: true, entries, lang: report.lang };
}
