import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../lang-context";

export interface ChangedUnderTypingProps {
  /** The names of the fields the workbook changed while the user was typing in the form, in the pane's language. */
  readonly fields: readonly string[];
  readonly onTakeWorkbook: () => void;
  readonly onKeepTyping: () => void;
}

/** The workbook changed what the user is editing: they choose which value stays, nothing is dropped unasked. */
export function ChangedUnderTyping({ fields, onTakeWorkbook, onKeepTyping }: ChangedUnderTypingProps) {
  const t = useT();
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>
        {t("pane.fill.changedUnderTyping", { fields: fields.map((name) => `«${name}»`).join(", ") })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onTakeWorkbook}>
          {t("pane.fill.takeWorkbook")}
        </Button>
        <Button size="small" onClick={onKeepTyping}>
          {t("pane.fill.keepTyping")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
