import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";
import type { Column } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n";
import { isBlank } from "../../../../shared/values";
import type { FieldCheck } from "../../use-cases/check-field";
import type { Draft } from "./draft";
import { withTouched, withValue } from "./form-checks";
import { FormField } from "./form-field";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface DraftFieldsProps {
  readonly columns: readonly Column[];
  /** A column's key in the draft: its own, or its row's where one form holds several rows (the directions). */
  readonly keyOf?: (column: Column) => string;
  readonly draft: Draft;
  /** By column key. */
  readonly checks: ReadonlyMap<string, FieldCheck>;
  /** Whether a field's message shows yet, by its key in the draft. */
  readonly shown: (key: string) => boolean;
  readonly workbookLang: WorkbookLang;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
}

export interface DraftFormProps extends Omit<DraftFieldsProps, "keyOf"> {
  readonly onSubmit: () => void;
  /** How many sends were refused: each moves the focus to the first field to correct. */
  readonly refusals: number;
  /** The buttons and the outcome, below the fields. */
  readonly children: ReactNode;
}

/** The first column whose check refuses what the draft holds, to name in the notice. */
export function firstBad(columns: readonly Column[], checks: ReadonlyMap<string, FieldCheck>): Column | undefined {
  return columns.find((c) => checks.get(c.key)?.ok === false);
}

/**
 * A form sending through `onSubmit`, whose first field refusing its value gets the focus after each refused send:
 * the frame of every form in Fill.
 */
export function SendForm(props: {
  readonly className: string;
  readonly onSubmit: () => void;
  readonly refusals: number;
  readonly children: ReactNode;
}) {
  const { className, onSubmit, refusals, children } = props;
  const form = useRef<HTMLFormElement>(null);
  // A refused send leads to its field: at 350 px the notice and the field can be screens apart.
  useEffect(() => {
    if (refusals === 0) return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.scrollIntoView?.({ block: "center" });
    field?.focus();
  }, [refusals]);
  return (
    // noValidate: the pane's own messages, in the pane's language, instead of the browser's bubbles.
    <form
      ref={form}
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** A draft's fields, each checked inline; what was typed lives in the draft, not here. */
export function DraftFields(props: DraftFieldsProps) {
  const { columns, keyOf = (column) => column.key, draft, checks, shown, workbookLang, onDraft } = props;
  return columns.map((column) => {
    const key = keyOf(column);
    const value = draft.values[key] ?? "";
    return (
      <FormField
        key={column.key}
        column={column}
        value={value}
        check={checks.get(column.key) ?? { ok: true, input: null }}
        // Leaving an empty field says nothing: it may be filled later; a send shows what is missing.
        show={shown(key) && (draft.submitted || !isBlank(value))}
        workbookLang={workbookLang}
        onChange={(next) => onDraft((d) => withValue(d, key, next))}
        onBlur={() => onDraft((d) => withTouched(d, key))}
      />
    );
  });
}

/** A form of one draft's fields, then its buttons and outcome. */
export function DraftForm({ onSubmit, refusals, children, ...fields }: DraftFormProps) {
  return (
    <SendForm className={useStyles().form} onSubmit={onSubmit} refusals={refusals}>
      <DraftFields {...fields} />
      {children}
    </SendForm>
  );
}
