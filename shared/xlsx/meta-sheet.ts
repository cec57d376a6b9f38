import { CONTRACT_VERSION, type TemplateId } from "../forms";
import type { SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import type { SheetSpec } from "./workbook-spec";

/** The hidden sheet with the `Meta` table: which template, which contract version, which language. */
export const META_SHEET = "_meta";
export const META_TABLE = "Meta";

export function metaSheet(template: TemplateId | typeof SUMMARY_TEMPLATE, lang: WorkbookLang): SheetSpec {
  return {
    name: META_SHEET,
    state: "hidden",
    columns: [{ width: 24 }, { width: 48 }],
    cells: [],
    tables: [
      {
        name: META_TABLE,
        top: 1,
        left: 1,
        headers: ["key", "value"],
        rows: [
          ["template", template],
          ["version", String(CONTRACT_VERSION)],
          ["lang", lang],
        ],
      },
    ],
    formats: [{ range: "A2:B4", style: { numFmt: "@" } }],
    validations: [],
  };
}
