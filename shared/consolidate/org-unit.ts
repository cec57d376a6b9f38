import { DETAILS } from "../forms/summary";
import type { CleanValue } from "../values";
import type { WorkbookData } from "../validation/workbook-data";

export type Value = CleanValue | null;

/** Who an organization is, as its Passport says: what the summary's `Orgs` repeats about it. */
export interface OrgIdentity {
  /** The name in Kazakh and in Russian, as far as known: the summary shows its own language's. */
  readonly names: { readonly kk: string; readonly ru: string };
  readonly org_type: Value;
  readonly region: Value;
  readonly district: Value;
  readonly parent_bin: Value;
  readonly period_from: Value;
  readonly period_to: Value;
}

/**
 * One organization's part of a consolidation: from its own workbook, or from a department's summary.
 * Detail rows are value arrays in the order of the organization's form columns.
 */
export interface OrgUnit {
  readonly bin: string;
  readonly identity: OrgIdentity;
  /** Warnings its workbook carried when it was accepted. */
  readonly warnings: number;
  readonly sourceFile: string;
  readonly sourceSha256: string;
  /** By detail table id (`AllContracts`). */
  readonly details: Readonly<Record<string, readonly (readonly Value[])[]>>;
}

const text = (value: Value | undefined): string => (value === null || value === undefined ? "" : String(value));

/** The name in the summary's language when known, else the other one. */
export function nameIn(identity: Pick<OrgIdentity, "names">, lang: "kk" | "ru"): string {
  return identity.names[lang] || identity.names[lang === "kk" ? "ru" : "kk"];
}

/** A total the template computes by formula, when the file holds no cached result: the sum of its parts. */
function sumOf(parts: readonly string[] | undefined, values: Readonly<Record<string, Value>>): Value {
  const numbers = (parts ?? []).map((key) => values[key]).filter((v): v is number => typeof v === "number");
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
}

/** An accepted organization's workbook as its unit of the summary. */
export function unitOfWorkbook(
  data: WorkbookData,
  source: { file: string; sha256: string; warnings: number },
): OrgUnit | null {
  const passport = data.forms.get("Passport")?.rows[0]?.values;
  const bin = passport?.bin;
  if (!passport || typeof bin !== "string") return null;
  const details: Record<string, Value[][]> = {};
  for (const { table, source: form } of DETAILS) {
    const rows = data.forms.get(form.id)?.rows ?? [];
    details[table.id] = rows.map((row) => form.columns.map((c) => row.values[c.key] ?? sumOf(c.sumOf, row.values)));
  }
  return {
    bin,
    identity: {
      names: { kk: text(passport.org_name_kk), ru: text(passport.org_name_ru) },
      org_type: passport.org_type ?? null,
      region: passport.region ?? null,
      district: passport.district ?? null,
      parent_bin: passport.parent_bin ?? null,
      period_from: passport.period_from ?? null,
      period_to: passport.period_to ?? null,
    },
    warnings: source.warnings,
    sourceFile: source.file,
    sourceSha256: source.sha256,
    details,
  };
}
