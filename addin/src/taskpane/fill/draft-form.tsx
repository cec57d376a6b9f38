import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Column } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n/lang";
import type { FieldCheck } from "../../use-cases/check-field";
import type { Draft } from "./draft";
import { withTouched, withValue } from "./form-checks";
import { FormField } from "./form-field";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface DraftFormProps {
  readonly columns: readonly Column[];
  readonly draft: Draft;
  readonly checks: ReadonlyMap<string, FieldCheck>;
  /** Whether a field's message shows yet. */
  readonly shown: (key: string) => boolean;
  readonly workbookLang: WorkbookLang;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
  readonly onSubmit: () => void;
  /** The buttons and the outcome, below the fields. */
  readonly children: ReactNode;
}

/** A form of a draft's fields, each checked inline; what was typed lives in the draft, not here. */
export function DraftForm({
  columns,
  draft,
  checks,
  shown,
  workbookLang,
  onDraft,
  onSubmit,
  children,
}: DraftFormProps) {
  const styles = useStyles();
  return (
    // noValidate: the pane's own messages, in the pane's language, instead of the browser's bubbles.
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {columns.map((column) => (
        <FormField
          key={column.key}
          column={column}
          value={draft.values[column.key] ?? ""}
          check={checks.get(column.key) ?? { ok: true, input: null }}
          show={shown(column.key)}
          workbookLang={workbookLang}
          onChange={(value) => onDraft((d) => withValue(d, column.key, value))}
          onBlur={() => onDraft((d) => withTouched(d, column.key))}
        />
      ))}
      {children}
    </form>
  );
}
