import type { FormDef } from "../../../../shared/forms";
import type { Lang, WorkbookLang } from "../../../../shared/i18n";
import { type PastedBlock, type PastedRow, readBlock } from "../../../../shared/paste";
import type { DataRow } from "../../../../shared/findings";
import type { CellInput } from "../../port/workbook-port";
import { inputColumns } from "../../use-cases/input-columns";
import { draftChecks } from "./form-checks";

/** What a cell of the block says to the user: its row in the block, its column's label, the message. */
export interface PasteFinding {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

export interface CheckedPaste {
  readonly block: PastedBlock;
  /** The rows with no error, each as the workbook will hold it, by column key. */
  readonly good: readonly Readonly<Record<string, CellInput>>[];
  /** The rows with an error, as they were pasted. */
  readonly bad: readonly PastedRow[];
  readonly errors: readonly PasteFinding[];
  readonly warnings: readonly PasteFinding[];
}

/**
 * A pasted block read against a form's table, each row checked as the form checks a typed row: every cell
 * through the parser Validate uses, then the row's rules (one source with Validate); messages in the
 * pane's language.
 */
export function checkPaste(
  text: string,
  form: FormDef,
  lang: Lang,
  workbookLang: WorkbookLang,
  passport: DataRow | null,
): CheckedPaste {
  const columns = inputColumns(form);
  const block = readBlock(text, form, columns);
  const good: Record<string, CellInput>[] = [];
  const bad: PastedRow[] = [];
  const errors: PasteFinding[] = [];
  const warnings: PasteFinding[] = [];
  for (const row of block.rows) {
    const draft = { values: row.texts, touched: [], submitted: true };
    const checks = draftChecks(columns, draft, lang, workbookLang, { form, passport });
    const inputs: Record<string, CellInput> = {};
    let ok = true;
    for (const column of columns) {
      const check = checks.get(column.key);
      if (!check) continue;
      const at = { line: row.line, column: column.labels[lang] };
      if (!check.ok) {
        ok = false;
        errors.push({ ...at, message: check.message });
      } else {
        inputs[column.key] = check.input;
        if (check.warning) warnings.push({ ...at, message: check.warning });
      }
    }
    if (ok) good.push(inputs);
    else bad.push(row);
  }
  return { block, good, bad, errors, warnings };
}
