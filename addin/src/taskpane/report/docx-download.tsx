import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { describeFinding } from "../../../../shared/findings";
import type { DocxResult } from "../../report/report-docx";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  command: { fontFamily: tokens.fontFamilyMonospace, userSelect: "all" },
});

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface DocxDownloadProps {
  readonly label: string;
  readonly fileName: string;
  /** The command line that drafts the same document, for web views that block downloads. */
  readonly command: string;
  /** Loads the report's chunk and drafts the document. */
  readonly draft: () => Promise<DocxResult>;
}

/** A button that drafts a Word document, then its download link and the command line that does the same. */
export function DocxDownload({ label, fileName, command, draft }: DocxDownloadProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The link holds the document's bytes: let them go when a new one replaces it, or the pane closes.
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const run = async () => {
    setBusy(true);
    setUrl(null);
    setProblem(null);
    try {
      const result = await draft();
      if (result.ok)
        setUrl(URL.createObjectURL(new Blob([result.docx as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE })));
      else setProblem(t("pane.report.none", { reason: result.finding ? describeFinding(result.finding, lang) : "" }));
    } catch (error) {
      setProblem(t("pane.failed", { detail: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.block}>
      <Button disabled={busy} onClick={() => void run()}>
        {label}
      </Button>
      {busy && <Spinner size="tiny" label={t("pane.report.making")} />}
      {url && (
        <>
          <Link href={url} download={fileName}>
            {t("pane.report.download", { file: fileName })}
          </Link>
          <Text size={200}>
            {t("pane.report.blocked", { command: "" })}
            <span className={styles.command}>{command}</span>
          </Text>
        </>
      )}
      {problem && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
