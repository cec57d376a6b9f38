import { type Column, displayLabel, listOf } from "../../../shared/forms";
import { FINDING_CODES, describeFinding, problemFinding, WHOLE_FILE } from "../../../shared/findings";
import { type Lang, type WorkbookLang, t } from "../../../shared/i18n";
import { type CleanValue, isBlank, isoToSerial, parseCell, type ValueProblem } from "../../../shared/values";
import type { CellInput } from "../port/workbook-port";

/** A typed field as the workbook will hold it, or why it cannot be written; `input` null: left blank. */
export type FieldCheck =
  | { readonly ok: true; readonly input: CellInput; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

/**
 * Reads what was typed into a field with `parseCell`, the parser the validation uses, so the form refuses
 * what Validate would report. Messages are in the pane's language; list items go in as the workbook's
 * dropdown shows them.
 */
export function checkField(column: Column, typed: string, lang: Lang, workbookLang: WorkbookLang): FieldCheck {
  if (isBlank(typed)) return column.required ? { ok: false, message: t(lang, "pane.fill.required") } : blank;
  const parsed = parseCell(column, typed);
  const message = (problem: ValueProblem) =>
    describeFinding(problemFinding({ ...WHOLE_FILE, field: column.key }, problem), lang);
  if (!parsed.ok) {
    if (FINDING_CODES[parsed.problem.code].severity !== "warning")
      return { ok: false, message: message(parsed.problem) };
    return { ok: true, input: typed.trim(), warning: message(parsed.problem) };
  }
  const input = parsed.value === null ? null : cellInput(column, parsed.value, typed, workbookLang);
  return parsed.warning ? { ok: true, input, warning: message(parsed.warning) } : { ok: true, input };
}

const blank: FieldCheck = { ok: true, input: null };

/** Numbers, dates and list items as parsed; text as typed, so the workbook holds what the user wrote. */
function cellInput(column: Column, value: CleanValue, typed: string, workbookLang: WorkbookLang): CellInput {
  switch (column.type) {
    case "date":
      return { serial: isoToSerial(String(value)) };
    case "list":
    case "yesNo": {
      const list = listOf(column);
      const code = typeof value === "boolean" ? (value ? "yes" : "no") : value;
      const item = list.items.find((i) => i.code === code);
      // A free-text item (Services) matches no code: it stays as written.
      return item ? displayLabel(list, item, workbookLang) : typed.trim();
    }
    case "rowNo":
    case "integer":
    case "decimal":
    case "amount":
    case "bin":
    case "binOrIin":
      return value;
    default:
      return typed.trim();
  }
}
