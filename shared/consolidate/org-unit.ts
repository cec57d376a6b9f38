import { type FormDef, isTemplateLabel } from "../forms";
import { DETAILS, PROCEDURE } from "../forms/summary";
import type { CleanValue } from "../values";
import type { WorkbookData } from "../findings/workbook-data";

export type Value = CleanValue | null;

/** The Passport fields the summary's `Orgs` repeats about an organization. */
export const IDENTITY_FIELDS = [
  "org_type",
  "region",
  "district",
  "parent_bin",
  "period_from",
  "period_to",
  ...PROCEDURE,
] as const;
type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** Who an organization is, as its Passport says; a field a version 1 file lacks is absent. */
export type OrgIdentity = {
  /** The name in Kazakh and in Russian, as far as known: the summary shows its own language's. */
  readonly names: { readonly kk: string; readonly ru: string };
} & { readonly [K in IdentityField]?: Value };

/** The identity fields a row of values holds (a Passport, or a summary's `Orgs` row). */
export function identityOf(
  names: OrgIdentity["names"],
  values: Readonly<Record<string, Value | undefined>>,
): OrgIdentity {
  return { names, ...Object.fromEntries(IDENTITY_FIELDS.map((key) => [key, values[key] ?? null])) };
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

/** A total the template computes by formula, when the file holds no cached result: the sum of its parts. */
function sumOf(parts: readonly string[] | undefined, values: Readonly<Record<string, Value | undefined>>): Value {
  const numbers = (parts ?? []).map((key) => values[key]).filter((v): v is number => typeof v === "number");
  return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
}

/**
 * A form's row as a unit's detail row, in the order of the form's columns. The names the template
 * wrote are left out (the summary writes them in its own language), so a Kazakh and a Russian
 * workbook, or a summary read back, give the same rows.
 */
export function detailRow(form: FormDef, values: Readonly<Record<string, Value | undefined>>): Value[] {
  return form.columns.map((c) => (isTemplateLabel(c) ? null : (values[c.key] ?? sumOf(c.sumOf, values))));
}

/** An accepted organization's workbook as its unit of the summary. */
export function unitOfWorkbook(
  data: WorkbookData,
  source: { file: string; sha256: string; warnings: number },
): OrgUnit | null {
  const passport = data.forms.get("Passport")?.rows[0]?.values;
  const bin = passport?.bin;
  if (!passport || typeof bin !== "string") return null;
  return {
    bin,
    identity: identityOf({ kk: text(passport.org_name_kk), ru: text(passport.org_name_ru) }, passport),
    warnings: source.warnings,
    sourceFile: source.file,
    sourceSha256: source.sha256,
    details: workbookDetails(data),
  };
}

/** A workbook's detail rows as a unit holds them: value arrays in form column order, computed totals filled in. */
export function workbookDetails(data: WorkbookData): Record<string, Value[][]> {
  const details: Record<string, Value[][]> = {};
  for (const { table, source: form } of DETAILS) {
    const rows = data.forms.get(form.id)?.rows ?? [];
    details[table.id] = rows.map((row) => detailRow(form, row.values));
  }
  return details;
}
