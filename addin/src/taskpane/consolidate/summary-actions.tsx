import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { CreateResult, WorkbookPort } from "../../port/workbook-port";
import { concatBytes } from "../../../../shared/xlsx";
import { bytesToBase64 } from "../../port/base64";
import { insertSummary, type SummaryInsert } from "../../use-cases/summary-out";
import { useWords } from "../lang-context";
import { tdep } from "../../../../shared/i18n";
import { useAction } from "../use-action";
import { CreateOutcome, InsertOutcome } from "../start/insert-outcome";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The summary out of the pane: opened in Excel as a new workbook first (blob downloads are blocked in some
 * Office web views, office-js #2700), downloaded second, or inserted as new sheets when small enough.
 */
export function SummaryActions({
  port,
  summary,
  earlier,
  onInserted,
}: {
  port: WorkbookPort;
  summary: readonly Uint8Array[];
  /** The sheets a summary was inserted as before, in this pane: a second insert replaces them, if asked to. */
  earlier: readonly string[];
  onInserted: (sheets: readonly string[]) => void;
}) {
  const styles = useStyles();
  const td = useWords(tdep);
  const [opened, setOpened] = useState<CreateResult | null>(null);
  const [inserted, setInserted] = useState<SummaryInsert | null>(null);
  const [downloading, setDownloading] = useState(false);
  // Inserting a second time would add every sheet again as "(2)": asked first.
  const [asking, setAsking] = useState(false);
  const { failure, run } = useAction();
  const bytes = useMemo(() => concatBytes(summary), [summary]);
  const download = useMemo(() => {
    try {
      return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
    } catch {
      return null;
    }
  }, [bytes]);
  // The link holds the summary's bytes: let them go when a new summary replaces it, or the pane closes.
  useEffect(() => () => void (download && URL.revokeObjectURL(download)), [download]);

  const act = (work: () => Promise<void>) => {
    setOpened(null);
    setInserted(null);
    return run(work);
  };

  const insert = () =>
    act(async () => {
      setAsking(false);
      if (earlier.length > 0) await port.deleteSheets(earlier);
      const result = await insertSummary(port, bytesToBase64(bytes));
      setInserted(result);
      if (result.kind === "inserted" && result.result.ok) onInserted(result.result.sheets);
    });

  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void act(async () => setOpened(await port.createWorkbook(bytesToBase64(bytes))))}
        >
          {td("pane.consolidate.open")}
        </Button>
        <Button onClick={() => (earlier.length > 0 ? setAsking(true) : void insert())}>
          {td("pane.consolidate.insert")}
        </Button>
        {download && (
          <Link
            href={download}
            download={`summary-${new Date().toISOString().slice(0, 10)}.xlsx`}
            onClick={() => setDownloading(true)}
          >
            {td("pane.consolidate.download")}
          </Link>
        )}
      </div>
      {asking && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{td("department.insertedBefore")}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void insert()}>
              {td("department.replace")}
            </Button>
            <Button onClick={() => setAsking(false)}>{td("department.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {/* A blocked download gives the page no sign: say what to do should it not start, and never stay silent. */}
      {(downloading || !download) && <Text>{td("pane.consolidate.downloadFailed")}</Text>}
      {opened && <CreateOutcome result={opened} done={td("pane.consolidate.opened")} />}
      {inserted?.kind === "inserted" && <InsertOutcome result={inserted.result} />}
      {inserted?.kind === "opened" && (
        <CreateOutcome
          result={inserted.result}
          done={`${td("pane.consolidate.tooLargeToInsert", { size: String(inserted.megabytes) })} ${td("pane.consolidate.opened")}`}
        />
      )}
      {failure && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
