import { CONTRACT_VERSION, type TemplateId } from "../forms";
import type { SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import type { SheetSpec } from "./workbook-spec";

export const META_SHEET = "_meta";
export const META_TABLE = "Meta";

/**
 * The hidden sheet with the `Meta` table: which template, which contract version, which language; a summary
 * adds the department's name when it gave one (`department`), for the documents drafted from it.
 */
export function metaSheet(
  template: TemplateId | typeof SUMMARY_TEMPLATE,
  lang: WorkbookLang,
  department: string | null = null,
): SheetSpec {
  const rows = [
    ["template", template],
    ["version", String(CONTRACT_VERSION)],
    ["lang", lang],
    ...(department ? [["department", department]] : []),
  ];
  return {
    name: META_SHEET,
    state: "hidden",
    columns: [{ width: 24 }, { width: 48 }],
    cells: [],
    tables: [{ name: META_TABLE, top: 1, left: 1, headers: ["key", "value"], rows }],
    formats: [{ range: `A2:B${rows.length + 1}`, style: { numFmt: "@" } }],
    validations: [],
  };
}
