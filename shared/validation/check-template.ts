import { READ_VERSIONS } from "../forms";
import { fileFinding, type Finding } from "../findings/finding";
import { type WorkbookLang, WorkbookLang as WorkbookLangSchema } from "../i18n/lang";

export interface TemplateCheck {
  readonly findings: readonly Finding[];
  readonly lang: WorkbookLang | null;
  readonly version: string | null;
  /** The contract version to read the file by; null when the template check failed. */
  readonly contract: number | null;
}

/** The contract version a file says it follows, when this program reads that version; else null. */
export function readVersion(meta: ReadonlyMap<string, string> | null): number | null {
  const version = meta?.get("version")?.trim() ?? "";
  return READ_VERSIONS.find((v) => String(v) === version) ?? null;
}

/**
 * A file of another template is told what it is not: an organization's workbook, or for a roster expected,
 * a roster (a workbook given as the roster must not read "this is not an organization's workbook").
 */
const UNEXPECTED: Readonly<Record<string, "template_not_roster">> = { roster: "template_not_roster" };

/** Checked first: a file not made from our template, or from an unknown version of it, cannot be read by position. */
export function checkTemplate(meta: ReadonlyMap<string, string> | null, expected: string): TemplateCheck {
  if (!meta) return { findings: [fileFinding("template_missing")], lang: null, version: null, contract: null };
  const template = meta.get("template") ?? "";
  const version = meta.get("version") ?? "";
  const lang = WorkbookLangSchema.safeParse(meta.get("lang")).data ?? null;
  const contract = readVersion(meta);
  const findings =
    template !== expected
      ? [fileFinding(UNEXPECTED[expected] ?? "template_unexpected", { template: template || "—" })]
      : contract === null
        ? [fileFinding("template_unknown_version", { version: version || "—", supported: READ_VERSIONS.join(", ") })]
        : [];
  return { findings, lang, version: version || null, contract: findings.length === 0 ? contract : null };
}
