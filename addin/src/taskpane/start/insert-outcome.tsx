import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { InsertResult } from "../../port/workbook-port";
import { useT } from "../lang-context";

/** What inserting sheets gave: their names, or why this Excel cannot insert them. */
export function InsertOutcome({ result }: { result: InsertResult }) {
  const t = useT();
  return result.ok ? (
    <MessageBar layout="multiline" intent="success">
      <MessageBarBody>
        {t("pane.start.inserted", { count: result.sheets.length, sheets: result.sheets.join(", ") })}
      </MessageBarBody>
    </MessageBar>
  ) : (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>{t("pane.start.unsupported", { requirement: result.requirement })}</MessageBarBody>
    </MessageBar>
  );
}
