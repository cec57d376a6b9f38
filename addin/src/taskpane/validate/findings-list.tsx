import { Badge, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { describeFinding } from "../../../../shared/findings/describe-finding";
import type { Finding } from "../../../../shared/findings/finding";
import type { CellPlace } from "../../port/workbook-port";
import { useLang, useT } from "../lang-context";
import { groupBySheet } from "./group-by-sheet";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  finding: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", textAlign: "start" },
  button: { justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular, width: "100%" },
  cell: { flexShrink: 0 },
});

/** Findings grouped by sheet, in the pane's language; a finding with a cell goes to it when clicked. */
export function FindingsList({
  findings,
  onSelect,
}: {
  findings: readonly Finding[];
  onSelect: (cell: CellPlace) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  return (
    <section aria-label={t("pane.validate.findings")}>
      {groupBySheet(findings).map(({ sheet, findings: group }) => (
        <section key={sheet ?? ""} aria-label={sheet ?? t("pane.validate.wholeFile")}>
          <Subtitle2 as="h3">{sheet ?? t("pane.validate.wholeFile")}</Subtitle2>
          <ul className={styles.list}>
            {group.map((finding, i) => {
              const content = (
                <span className={styles.finding}>
                  {finding.cell && (
                    <Badge
                      className={styles.cell}
                      appearance="tint"
                      color={finding.severity === "error" ? "danger" : "warning"}
                    >
                      {finding.cell}
                    </Badge>
                  )}
                  <span>
                    <strong>
                      {t(finding.severity === "error" ? "pane.validate.error" : "pane.validate.warning")}:
                    </strong>{" "}
                    {describeFinding(finding, lang)}
                  </span>
                </span>
              );
              const { sheet: at, cell } = finding;
              return (
                <li key={`${finding.code}-${finding.cell}-${i}`}>
                  {at !== null && cell !== null ? (
                    <Button
                      appearance="subtle"
                      className={styles.button}
                      onClick={() => onSelect({ sheet: at, address: cell })}
                    >
                      {content}
                    </Button>
                  ) : (
                    <div className={styles.finding}>{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
