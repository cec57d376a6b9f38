import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { FormDef } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n/lang";
import type { CellPlace, CellInput, WorkbookPort } from "../../port/workbook-port";
import { addRow } from "../../use-cases/add-row";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";
import { type Draft, EMPTY_DRAFT, inputColumns } from "./draft";
import { DraftForm } from "./draft-form";
import { draftChecks } from "./form-checks";

type Outcome =
  | { readonly kind: "added"; readonly place: CellPlace; readonly row: number }
  | { readonly kind: "fix" | "noTable" }
  | { readonly kind: "failed"; readonly detail: string };

export interface RowFormProps {
  readonly form: FormDef;
  readonly port: WorkbookPort;
  readonly workbookLang: WorkbookLang;
  readonly draft: Draft;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
}

/** "Add a row" to a table: checked field by field as Validate would, then appended; kept when it cannot be. */
export function RowForm({ form, port, workbookLang, draft, onDraft }: RowFormProps) {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const columns = inputColumns(form);
  const checks = draftChecks(columns, draft, lang, workbookLang);

  const submit = async () => {
    onDraft((d) => ({ ...d, submitted: true }));
    const inputs: Record<string, CellInput> = {};
    for (const [key, check] of checks) {
      if (!check.ok) return setOutcome({ kind: "fix" });
      inputs[key] = check.input;
    }
    setBusy(true);
    try {
      const result = await addRow(port, form, inputs);
      if (!result.ok)
        return setOutcome(result.reason === "no_such_table" ? { kind: "noTable" } : failed(result.reason));
      setOutcome({ kind: "added", place: { sheet: result.sheet, address: result.address }, row: result.row });
      onDraft(() => EMPTY_DRAFT);
    } catch (error) {
      setOutcome(failed(errorText(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DraftForm
      columns={columns}
      draft={draft}
      checks={checks}
      shown={(key) => draft.submitted || draft.touched.includes(key)}
      workbookLang={workbookLang}
      onDraft={onDraft}
      onSubmit={() => void submit()}
    >
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("pane.fill.add")}
        </Button>
      </div>
      {outcome && <RowOutcome outcome={outcome} table={form.sheet[workbookLang]} port={port} />}
    </DraftForm>
  );
}

const failed = (detail: string): Outcome => ({ kind: "failed", detail });

function RowOutcome({ outcome, table, port }: { outcome: Outcome; table: string; port: WorkbookPort }) {
  const t = useT();
  switch (outcome.kind) {
    case "added":
      return (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{t("pane.fill.added", { row: outcome.row, sheet: outcome.place.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void port.select(outcome.place)}>
              {t("pane.fill.show")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "fix":
      return (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t("pane.fill.fix")}</MessageBarBody>
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
