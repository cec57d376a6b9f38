import { CONTRACT_VERSION, type TemplateId } from "../../shared/forms";
import type { WorkbookLang } from "../../shared/i18n/lang";
import type { SheetSpec } from "../../shared/xlsx/workbook-spec";

/** The hidden sheet with the `Meta` table: which template, which contract version, which language. */
export const META_SHEET = "_meta";
export const META_TABLE = "Meta";

export function metaSheet(template: TemplateId, lang: WorkbookLang): SheetSpec {
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
