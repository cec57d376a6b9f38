import { passport } from "../forms";
import { locateForm } from "../validation/locate-form";
import { readForm } from "../validation/read-form";
import { foldText } from "../values";
import { salvageWorkbook, type ReadOptions } from "../xlsx/read-workbook";
import { CONTACTS, type Contacts, type Examined } from "./examined";
import type { Value } from "./org-unit";
import type { RosterEntry } from "./roster";

/** Who a file is about, and how that was told when its workbook could not be read. */
export type Identity = Pick<Examined, "bin" | "names" | "contacts" | "identifiedBy">;

const text = (value: Value | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/**
 * The organization of a workbook too damaged to open (a download cut short), from the Passport in the
 * parts that survived whole; null when its BIN did not survive.
 */
export function identifyDamaged(bytes: Uint8Array, options: ReadOptions = {}): Identity | null {
  const snapshot = salvageWorkbook(bytes, options);
  if (!snapshot) return null;
  // Fields are found by their keys, so `_meta` (often lost with the end of the file) is not needed.
  const place = locateForm(snapshot, passport);
  const values = place ? readForm(passport, place, snapshot.date1904).data.rows[0]?.values : undefined;
  if (!values || typeof values.bin !== "string") return null;
  return {
    bin: values.bin,
    names: { kk: text(values.org_name_kk) ?? "", ru: text(values.org_name_ru) ?? "" },
    contacts: Object.fromEntries(CONTACTS.map((key) => [key, text(values[key])])) as Contacts,
    identifiedBy: "salvaged",
  };
}

/** A run of 12 digits in a file's name, as `BIN_period_name.xlsx` has. */
const DIGITS = /(?<!\d)\d{12}(?!\d)/g;

/**
 * The roster's organization a file's name points to, when exactly one does: by a BIN in the name, else by
 * the organization's name (folded, any language the roster gives) standing whole in the file's name.
 */
export function rosterEntryByFileName(file: string, roster: readonly RosterEntry[]): RosterEntry | null {
  const name = file.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "");
  const bins = new Set(name.match(DIGITS) ?? []);
  const byBin = roster.filter((entry) => bins.has(entry.bin));
  if (byBin.length > 0) return byBin.length === 1 ? (byBin[0] ?? null) : null;
  const folded = ` ${words(name)} `;
  const byName = roster.filter((entry) =>
    [entry.name, entry.names?.kk, entry.names?.ru].some(
      (n) => n && words(n).length > 0 && folded.includes(` ${words(n)} `),
    ),
  );
  return byName.length === 1 ? (byName[0] ?? null) : null;
}

/** Letters and digits only, folded, one space between words: `КГУ «Школа № 5»` and `кгу школа 5` read alike. */
const words = (text: string): string =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
