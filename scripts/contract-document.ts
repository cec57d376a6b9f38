// The workbook contract as a document, rendered from the form definitions alone: the code stays its
// single source of truth, and `npm run contract` rewrites the document after a form changes.
import {
  CONTRACT_VERSION,
  type FormDef,
  LISTS,
  type ListDef,
  TEMPLATES,
  type TemplateId,
  valueColumns,
} from "../shared/forms";
import { type Column, listOf } from "../shared/forms/column";
import { SUMMARY_FORMS, SUMMARY_TEMPLATE } from "../shared/forms/summary";
import { LANGS, WORKBOOK_LANGS } from "../shared/i18n/lang";
import { META_SHEET, META_TABLE, metaSheet } from "../shared/xlsx/meta-sheet";

/** Where the document is committed, from the repository's root. */
export const CONTRACT_DOCUMENT = "docs/contract.md";

/** A table cell: pipes escaped, line breaks folded, so any label fits in a Markdown table. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
const code = (text: string) => "`" + text + "`";

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => " --- ").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

/** What a column allows besides its type: bounds, sums, formats; empty when nothing. */
function constraints(column: Column): string {
  return [
    column.min !== undefined ? `at least ${column.min}` : "",
    column.decimals !== undefined ? `at most ${column.decimals} decimals` : "",
    column.sumOf ? `= ${column.sumOf.map(code).join(" + ")} (a formula)` : "",
    column.atMost ? `at most ${code(column.atMost)}` : "",
    column.numFmt ? `shown as ${code(column.numFmt)}` : "",
    column.fixed ? "filled by the template" : "",
  ]
    .filter((s) => s !== "")
    .join("; ");
}

function columnTable(columns: readonly Column[]): string[] {
  return table(
    ["#", "key", "type", "required", "list", ...LANGS, "constraints"],
    columns.map((c, i) => [
      String(i + 1),
      code(c.key),
      c.type,
      c.required ? "yes" : "",
      c.type === "list" || c.type === "yesNo" ? code(listOf(c).id) : "",
      ...LANGS.map((lang) => c.labels[lang]),
      constraints(c),
    ]),
  );
}

function layout(form: FormDef): string {
  switch (form.layout) {
    case "rows":
      return `rows the user adds; the template prepares ${form.capacity} of them`;
    case "fixed":
      return `one row per item of the list ${code(form.rowsFrom)}, in its order`;
    case "fields":
      return "a row per field, with the columns below; the fields follow";
  }
}

function formSection(form: FormDef): string[] {
  return [
    `### ${code(form.id)}`,
    "",
    ...WORKBOOK_LANGS.map((lang) => `- sheet (${lang}): ${form.sheet[lang]}`),
    ...LANGS.map((lang) => `- title (${lang}): ${form.title[lang]}`),
    `- layout: ${layout(form)}`,
    "",
    ...columnTable(form.columns),
    ...(form.layout === "fields" ? ["", "Fields:", "", ...columnTable(valueColumns(form))] : []),
    "",
  ];
}

function listSection(list: ListDef): string[] {
  const notes = [
    list.allowsFreeText ? "a cell may also hold text that matches no item" : "",
    list.numericCodes ? "codes are numbers: a cell may hold the bare number" : "",
  ].filter((s) => s !== "");
  return [
    `### ${code(list.id)}`,
    "",
    ...(notes.length > 0 ? [`${notes.join("; ")}.`, ""] : []),
    ...table(
      ["code", ...LANGS],
      list.items.map((item) => [code(item.code), ...LANGS.map((lang) => item.labels[lang])]),
    ),
    "",
  ];
}

/** A template's forms and its `_meta` rows; a key whose value follows the language shows each. */
function templateLine(template: TemplateId | typeof SUMMARY_TEMPLATE, forms: readonly FormDef[]): string {
  const metaRows = WORKBOOK_LANGS.flatMap((lang) => metaSheet(template, lang).tables.flatMap((t) => t.rows));
  const keys = [...new Set(metaRows.map(([key]) => String(key)))];
  const values = (key: string) => [...new Set(metaRows.filter(([k]) => k === key).map(([, v]) => code(String(v))))];
  const meta = keys.map((key) => `${code(key)} = ${values(key).join(" or ")}`).join(", ");
  return `- ${code(template)}: ${forms.map((f) => code(f.id)).join(", ")}; ${code(META_SHEET)}: ${meta}`;
}

/** The whole document, in Markdown. */
export function contractDocument(): string {
  const templates = [
    ...(Object.keys(TEMPLATES) as TemplateId[]).map((id) => templateLine(id, TEMPLATES[id].forms)),
    templateLine(SUMMARY_TEMPLATE, SUMMARY_FORMS),
  ];
  const lines = [
    `# The workbook contract, version ${CONTRACT_VERSION}`,
    "",
    `Generated from \`shared/forms/\` by \`npm run contract\`: do not edit by hand. A test fails when this`,
    "document differs from what the definitions give.",
    "",
    "Forms are known by their Excel table's name, columns by their position and key; no header text",
    "is ever a key. Sheet names and labels are what the templates write in each language.",
    "",
    "## Templates",
    "",
    `Each workbook has a hidden sheet ${code(META_SHEET)} with the table ${code(META_TABLE)} (key, value):`,
    "",
    ...templates,
    "",
    "## Forms of an organization's workbook",
    "",
    ...TEMPLATES.vakr.forms.flatMap(formSection),
    "## The department's roster",
    "",
    ...TEMPLATES.roster.forms.flatMap(formSection),
    "## The department's summary",
    "",
    ...SUMMARY_FORMS.flatMap(formSection),
    "## Lists",
    "",
    ...Object.values(LISTS).flatMap(listSection),
  ];
  return lines.join("\n").trimEnd() + "\n";
}
