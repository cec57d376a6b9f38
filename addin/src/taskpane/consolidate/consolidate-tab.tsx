import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Consolidated, ConsolidationStep } from "../../consolidation/consolidate-files";
import type { InsertResult } from "../../port/workbook-port";
import { bytesToBase64 } from "../../use-cases/bytes-to-base64";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { InsertOutcome } from "../start/insert-outcome";
import { LedgerList } from "./ledger-list";
import { concatBytes } from "../../../../shared/xlsx/write/concat-bytes";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Progress {
  readonly step: ConsolidationStep;
  readonly done: number;
  readonly total: number;
}

/** Consolidate (the department): received workbooks in, the ledger and the summary out, as `adal consolidate`. */
export function ConsolidateTab({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Consolidated | null>(null);
  const [download, setDownload] = useState<string | null>(null);
  const [inserted, setInserted] = useState<InsertResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // A summary's link holds its bytes: let them go when a new summary replaces it, or the pane closes.
  useEffect(() => () => void (download && URL.revokeObjectURL(download)), [download]);

  const run = async () => {
    setResult(null);
    setDownload(null);
    setInserted(null);
    setFailure(null);
    setProgress({ step: "reading", done: 0, total: files.length });
    try {
      const received = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          modified: file.lastModified,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      );
      const consolidated = await services.consolidate(received, lang, (step, done, total) =>
        setProgress({ step, done, total }),
      );
      setResult(consolidated);
      setDownload(
        URL.createObjectURL(new Blob(consolidated.summary as Uint8Array<ArrayBuffer>[], { type: XLSX_TYPE })),
      );
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setProgress(null);
    }
  };

  const insert = async (summary: readonly Uint8Array[]) => {
    setFailure(null);
    try {
      setInserted(await services.port.insertSheets(bytesToBase64(concatBytes(summary))));
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <div className={styles.tab}>
      <Text>{t("pane.consolidate.intro")}</Text>
      <Field label={t("pane.consolidate.files")} hint={t("pane.consolidate.chosen", { count: files.length })}>
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept=".xlsx"
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
        )}
      </Field>
      <div>
        <Button appearance="primary" disabled={files.length === 0 || progress !== null} onClick={() => void run()}>
          {t("pane.consolidate.run")}
        </Button>
      </div>
      {progress && (
        <Field
          validationMessage={t(`pane.consolidate.${progress.step}`, { done: progress.done, total: progress.total })}
          validationState="none"
        >
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
        </Field>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{t("pane.failed", { detail: failure })}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Text weight="semibold">{t("pane.consolidate.counts", result.counts)}</Text>
          <div className={styles.actions}>
            {download && (
              <Link href={download} download={`summary-${new Date().toISOString().slice(0, 10)}.xlsx`}>
                {t("pane.consolidate.download")}
              </Link>
            )}
            <Button onClick={() => void insert(result.summary)}>{t("pane.consolidate.insert")}</Button>
          </div>
          {inserted && <InsertOutcome result={inserted} />}
          <LedgerList ledger={result.ledger} />
        </>
      )}
    </div>
  );
}
