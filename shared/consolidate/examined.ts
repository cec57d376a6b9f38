import type { Finding } from "../findings/finding";
import type { WorkbookLang } from "../i18n/lang";
import type { StampStatus } from "../stamp/stamp";
import type { UnitDigest } from "./digest";

/** The Passport's fields `Missing` repeats to reach an organization. */
export const CONTACTS = ["responsible", "contact_email", "contact_phone"] as const;

export type Contacts = Readonly<Record<(typeof CONTACTS)[number], string | null>>;

/** Whom to ask: the Passport names who prepared this very submission; the roster fills what it leaves blank. */
export const whomToAsk = (passport: Contacts | undefined, roster: Contacts | undefined): Contacts =>
  Object.fromEntries(CONTACTS.map((key) => [key, passport?.[key] ?? roster?.[key] ?? null])) as Contacts;

/** An organization found in a file, its rows packed (pack.ts). */
export interface PackedUnit {
  readonly bin: string;
  readonly names: { readonly kk: string; readonly ru: string };
  /** Data rows by detail table id. */
  readonly rows: Readonly<Record<string, number>>;
  /** What the overview shows of it. */
  readonly digest: UnitDigest;
  readonly packed: Uint8Array;
}

/** What reading and validating one received file found: plain data, so it crosses from a worker. */
export interface Examined {
  /** The file's name as shown to the user (a path inside a folder given). */
  readonly file: string;
  readonly size: number;
  /** The file's time (ms since 1970): the later of two workbooks of one organization wins when neither is stamped. */
  readonly modified: number;
  /** Empty when the file could not be read at all. */
  readonly sha256: string;
  /** An organization's workbook, a department's summary, or something else. */
  readonly kind: "workbook" | "summary" | "other";
  readonly lang: WorkbookLang | null;
  readonly version: string | null;
  readonly stamp: StampStatus | null;
  readonly validatedAt: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** Why the file cannot be used: its first errors, the whole file's first. */
  readonly problems: readonly Finding[];
  /** The organization a workbook is about, as far as its Passport could be read. */
  readonly bin: string | null;
  readonly names: { readonly kk: string; readonly ru: string } | null;
  /** Whom to ask about it, as far as its Passport could be read: for `Missing` when the file is rejected. */
  readonly contacts?: Contacts;
  /**
   * How the organization of a file that could not be read was told: from the parts of it that survived
   * (`salvaged`), or from its name matched to one roster organization (`fileName`).
   */
  readonly identifiedBy?: "salvaged" | "fileName";
  /** The organizations it brings: one for a workbook without errors, every organization of a summary. */
  readonly units: readonly PackedUnit[];
}
