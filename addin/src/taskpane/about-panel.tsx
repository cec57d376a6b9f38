import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CONTRACT_VERSION } from "../../../shared/forms";
import { TOOL } from "../version";
import { apiSetsText, type HostInfo } from "./host-info";
import { useT } from "./lang-context";

const useStyles = makeStyles({
  about: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
  lines: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", userSelect: "all", margin: 0 },
});

/** For support: what Adal and Excel this is, as lines of text the user copies into an e-mail. */
export function AboutPanel({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const text = [
    [t("pane.about.version"), TOOL],
    [t("pane.about.contract"), String(CONTRACT_VERSION)],
    [t("pane.about.host"), host.host],
    [t("pane.about.platform"), host.platform],
    [t("pane.about.office"), host.officeVersion],
    [t("pane.about.apiSets"), apiSetsText(host)],
    [t("pane.about.displayLanguage"), host.displayLanguage],
  ]
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n");
  // Some Office web views have no clipboard API: that is said, and the text stays selectable.
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setCopied(true),
        () => setCopied(false),
      );
  return (
    <details className={styles.about}>
      <summary>{t("pane.about")}</summary>
      <pre className={styles.lines}>{text}</pre>
      <Button size="small" onClick={() => void copy()}>
        {t("pane.about.copy")}
      </Button>{" "}
      {copied !== null && <Text>{t(copied ? "pane.about.copied" : "pane.about.copyFailed")}</Text>}
    </details>
  );
}
