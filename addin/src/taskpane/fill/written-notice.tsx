import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CellPlace, WorkbookPort } from "../../port/workbook-port";
import { useT } from "../lang-context";

/** What was written, with a button that goes to it in the workbook. */
export function WrittenNotice({
  place,
  port,
  children,
}: {
  place: CellPlace;
  port: WorkbookPort;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <MessageBar layout="multiline" intent="success">
      <MessageBarBody>{children}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void port.select(place)}>
          {t("pane.fill.show")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
