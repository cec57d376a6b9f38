import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { META_SHEET } from "../../../../shared/xlsx";
import type { CellPlace, WorkbookPort } from "../../port/workbook-port";
import { type Validated, validateWorkbook } from "../../use-cases/validate-workbook";
import { TOOL } from "../../version";
import { failureText } from "../error-text";
import { useT } from "../lang-context";
import { AnalyticalReportButton } from "../report/report-buttons";
import { FindingsList } from "./findings-list";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  fileName: { fontFamily: tokens.fontFamilyMonospace, userSelect: "all", wordBreak: "break-all" },
});

/** Validate: the checks of `adal validate` on the open workbook, its findings clickable, a ready one stamped. */
export function ValidateTab({ port }: { port: WorkbookPort }) {
  const styles = useStyles();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [validated, setValidated] = useState<Validated | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const busyRef = useRef(false);

  // A verdict is about the workbook as it was: any change but the check's own stamp makes it stale.
  useEffect(
    () =>
      port.onChanged((sheet) => {
        if (!busyRef.current && sheet?.toLowerCase() !== META_SHEET) setStale(true);
      }),
    [port],
  );

  const validate = async () => {
    setBusy(true);
    busyRef.current = true;
    setProblem(null);
    try {
      setValidated(await validateWorkbook(port, new Date(), TOOL));
      setStale(false);
    } catch (error) {
      setProblem(failureText(t, error));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const select = async (cell: CellPlace) => {
    setProblem(null);
    try {
      const result = await port.select(cell);
      if (!result.ok) setProblem(t("pane.validate.cannotSelect", { cell: `${cell.sheet}!${cell.address}` }));
    } catch (error) {
      setProblem(failureText(t, error));
    }
  };

  const report = validated?.report;
  const ready = validated?.ready;
  return (
    <div className={styles.tab}>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void validate()}>
          {t("pane.validate.run")}
        </Button>
      </div>
      {busy && <Spinner size="small" label={t("pane.validate.running")} />}
      {report && stale && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.validate.stale")}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      )}
      {report && !stale && (
        <MessageBar layout="multiline" intent={report.ready ? "success" : "error"}>
          <MessageBarBody>
            <MessageBarTitle>{t(report.ready ? "pane.validate.ready" : "pane.validate.notReady")}</MessageBarTitle>
            {t("pane.validate.counts", { errors: report.errors, warnings: report.warnings })}
          </MessageBarBody>
        </MessageBar>
      )}
      {validated && validated.highlightsLeftOn.length > 0 && (
        <Text>{t("pane.validate.oldHighlights", { sheets: validated.highlightsLeftOn.join(", ") })}</Text>
      )}
      {ready && !stale && <Text>{t(ready.stamped ? "pane.validate.stamped" : "pane.validate.notStamped")}</Text>}
      {ready?.fileName && (
        <Text>
          {t("pane.validate.fileName")} <span className={styles.fileName}>{ready.fileName}</span>
        </Text>
      )}
      {report && <AnalyticalReportButton port={port} />}
      {problem && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.findings.length > 0 && <FindingsList findings={report.findings} onSelect={select} />}
    </div>
  );
}
