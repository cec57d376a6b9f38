import { Field, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { errorText } from "./error-text";
import { useT } from "./lang-context";

/** Says the pane runs on a workbook in memory, and opens an .xlsx file in it to try the pane on. */
export function WorkbenchBar({ open }: { open: (bytes: Uint8Array) => void }) {
  const t = useT();
  // The file or the fault, not a sentence: the message follows the pane's language.
  const [status, setStatus] = useState<{ opened: string } | { failed: string } | null>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      open(new Uint8Array(await file.arrayBuffer()));
      setStatus({ opened: file.name });
    } catch (error) {
      setStatus({ failed: errorText(error) });
    }
  };
  return (
    <>
      <MessageBar layout="multiline" intent="info">
        <MessageBarBody>{t("pane.workbench")}</MessageBarBody>
      </MessageBar>
      <Field
        label={t("pane.workbench.open")}
        validationState={status && "failed" in status ? "error" : "none"}
        validationMessage={
          status &&
          ("failed" in status
            ? t("pane.failed", { detail: status.failed })
            : t("pane.workbench.opened", { file: status.opened }))
        }
      >
        {(props) => (
          <input {...props} type="file" accept=".xlsx" onChange={(event) => void choose(event.target.files?.[0])} />
        )}
      </Field>
    </>
  );
}
