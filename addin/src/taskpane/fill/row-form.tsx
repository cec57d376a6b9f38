import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { FormDef } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n";
import type { DataRow } from "../../../../shared/findings";
import type { CellInput, CellPlace, WorkbookPort } from "../../port/workbook-port";
import { addRow } from "../../use-cases/add-row";
import { inputColumns } from "../../use-cases/input-columns";
import { rowTotals } from "../../use-cases/row-totals";
import { rowWrites, type TableRows } from "../../use-cases/table-rows";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";
import { ChangedUnderTyping } from "./changed-under-typing";
import { changedUnderTyping, type Draft, EMPTY_DRAFT, followWorkbook, settleChanged } from "./draft";
import { DraftForm, firstBad } from "./draft-form";
import { draftChecks } from "./form-checks";
import { RowsList } from "./rows-list";
import { WrittenNotice } from "./written-notice";

type Outcome =
  | { readonly kind: "added" | "saved"; readonly place: CellPlace; readonly entry: number }
  | { readonly kind: "fix"; readonly field: string }
  | { readonly kind: "noTable" }
  | { readonly kind: "failed"; readonly detail: string };

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RowFormProps {
  readonly form: FormDef;
  readonly port: WorkbookPort;
  readonly workbookLang: WorkbookLang;
  readonly draft: Draft;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
  /** The Passport's row as the workbook holds it: contracts' dates are checked against its period. */
  readonly passport: DataRow | null;
  /** The table's rows as last read; null when the workbook lacks the table. */
  readonly table: TableRows | null;
  /** The workbook was written: read it again. */
  readonly onWritten: () => void;
}

/**
 * "Add a row" to a table, or edit one of its rows: checked field by field and by the row's rules as Validate
 * would, then written; kept when it cannot be. The rows already entered are listed below.
 */
export function RowForm({ form, port, workbookLang, draft, onDraft, passport, table, onWritten }: RowFormProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [refusals, setRefusals] = useState(0);
  const columns = inputColumns(form);
  const checks = draftChecks(columns, draft, lang, workbookLang, { form, passport });
  const editing = draft.editing;
  const keys = columns.map((c) => c.key);
  // The row being edited as the workbook holds it now (emptied if deleted meanwhile).
  const held = editing && table ? (table.rows.find((r) => r.row === editing.row)?.texts ?? {}) : null;
  const clashes = held && editing ? changedUnderTyping(keys, draft.values, editing.texts, held) : [];

  // Read again after a change in the workbook: the fields the user has not typed in show the row as it is now.
  useEffect(() => {
    if (held) onDraft((d) => followWorkbook(d, keys, held));
    // Each read of the table, not each render: `held` is derived from it.
  }, [table]);

  const write = async (inputs: Record<string, CellInput>): Promise<Outcome> => {
    if (editing) {
      if (!table) return { kind: "noTable" };
      const written = await port.writeCells(rowWrites(table, form, editing.row, inputs));
      if (!written.ok) return { kind: "noTable" };
      return {
        kind: "saved",
        place: { sheet: table.sheet, address: table.cellOf(editing.row, columns[0]?.key ?? "") },
        entry: editing.entry,
      };
    }
    const result = await addRow(port, form, inputs);
    if (!result.ok) return result.reason === "no_such_table" ? { kind: "noTable" } : failed(result.reason);
    return { kind: "added", place: { sheet: result.sheet, address: result.address }, entry: result.entry };
  };

  const submit = async () => {
    onDraft((d) => ({ ...d, submitted: true }));
    const bad = firstBad(columns, checks);
    if (bad) {
      setRefusals((n) => n + 1);
      return setOutcome({ kind: "fix", field: bad.labels[lang] });
    }
    const inputs: Record<string, CellInput> = {};
    for (const [key, check] of checks) if (check.ok) inputs[key] = check.input;
    setBusy(true);
    try {
      const done = await write(inputs);
      setOutcome(done);
      if (done.kind === "added" || done.kind === "saved") {
        onDraft(() => EMPTY_DRAFT);
        onWritten();
      }
    } catch (error) {
      setOutcome(failed(errorText(error)));
    } finally {
      setBusy(false);
    }
  };

  const totals = rowTotals(form, draft.values);
  return (
    <>
      <DraftForm
        columns={columns}
        draft={draft}
        checks={checks}
        shown={(key) => draft.submitted || draft.touched.includes(key)}
        workbookLang={workbookLang}
        onDraft={onDraft}
        onSubmit={() => void submit()}
        refusals={refusals}
      >
        {totals.map(({ column, total }) => (
          <Text key={column.key} role="status">
            {t("pane.fill.computed", { column: column.labels[lang], value: total })}
          </Text>
        ))}
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {editing ? t("pane.fill.saveRow", { entry: editing.entry }) : t("pane.fill.add")}
          </Button>
          {editing && (
            <Button disabled={busy} onClick={() => onDraft(() => EMPTY_DRAFT)}>
              {t("pane.fill.cancelEdit")}
            </Button>
          )}
        </div>
        {held && clashes.length > 0 && (
          <ChangedUnderTyping
            fields={columns.filter((c) => clashes.includes(c.key)).map((c) => c.labels[lang])}
            onTakeWorkbook={() => onDraft((d) => settleChanged(d, clashes, held, true))}
            onKeepTyping={() => onDraft((d) => settleChanged(d, clashes, held, false))}
          />
        )}
        {outcome && <RowOutcome outcome={outcome} table={form.sheet[workbookLang]} port={port} />}
      </DraftForm>
      {table && (
        <RowsList
          form={form}
          table={table}
          port={port}
          onEdit={(row) => {
            setOutcome(null);
            onDraft(() => ({
              ...EMPTY_DRAFT,
              values: row.texts,
              editing: { row: row.row, entry: row.entry, texts: row.texts },
            }));
          }}
          onWritten={onWritten}
        />
      )}
    </>
  );
}

const failed = (detail: string): Outcome => ({ kind: "failed", detail });

function RowOutcome({ outcome, table, port }: { outcome: Outcome; table: string; port: WorkbookPort }) {
  const t = useT();
  switch (outcome.kind) {
    case "added":
    case "saved":
      return (
        <WrittenNotice place={outcome.place} port={port}>
          {t(outcome.kind === "added" ? "pane.fill.added" : "pane.fill.saved", {
            row: outcome.entry,
            sheet: outcome.place.sheet,
          })}
        </WrittenNotice>
      );
    case "fix":
      return (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t("pane.fill.fixField", { field: outcome.field })}</MessageBarBody>
        </MessageBar>
      );
    case "noTable":
      return (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t("pane.fill.noTable", { table })}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t("pane.failed", { detail: outcome.detail })}</MessageBarBody>
        </MessageBar>
      );
  }
}
