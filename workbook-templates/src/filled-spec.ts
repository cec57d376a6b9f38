import { TEMPLATES, type TemplateId } from "../../shared/forms";
import type { WorkbookLang } from "../../shared/i18n/lang";
import type { SpecValue, TableSpec, WorkbookSpec } from "../../shared/xlsx/workbook-spec";
import { templateSpec } from "./template-spec";

/** What a user typed into one form: a row per entry, by column key (a vertical form: one entry, by field). */
export type FormEntries = readonly Readonly<Record<string, SpecValue>>[];

/** A workbook's entries by form id; forms left out stay as the template has them. */
export type WorkbookEntries = Readonly<Record<string, FormEntries>>;

/** The template with the user's entries in its tables: what a filled workbook holds. */
export function filledSpec(template: TemplateId, lang: WorkbookLang, entries: WorkbookEntries): WorkbookSpec {
  const spec = templateSpec(template, lang);
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((table) => fill(template, table, entries[table.name])),
    })),
  };
}

function fill(template: TemplateId, table: TableSpec, entries: FormEntries | undefined): TableSpec {
  const form = TEMPLATES[template].forms.find((f) => f.id === table.name);
  if (!form || !entries) return table;
  if (form.layout === "fields") {
    const [values = {}] = entries;
    return {
      ...table,
      rows: table.rows.map(([key, label]) => [key ?? null, label ?? null, values[String(key)] ?? null]),
    };
  }
  const keys = form.columns.map((c) => c.key);
  const count = Math.max(entries.length, table.rows.length);
  // An entry's value replaces the prepared cell; cells it leaves out keep the template's (formulas, fixed labels).
  const rows = Array.from({ length: count }, (_, i) => {
    const prepared = table.rows[i] ?? table.rows[0]?.map(() => null) ?? [];
    const entry = entries[i] ?? {};
    return keys.map((key, c) => (key in entry ? (entry[key] ?? null) : (prepared[c] ?? null)));
  });
  return { ...table, rows };
}
