import { Badge, Button, Caption1, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { describeFinding, type Finding } from "../../../../shared/findings";
import type { CellPlace } from "../../port/workbook-port";
import { useLang, useT } from "../lang-context";
import { groupBySheet } from "./group-by-sheet";
import { groupRepeated } from "./group-repeated";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  finding: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", textAlign: "start" },
  button: { justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular, width: "100%" },
  cell: { flexShrink: 0 },
  cells: { display: "flex", flexWrap: "wrap", gap: "2px", paddingInlineStart: tokens.spacingHorizontalS },
  text: { overflowWrap: "anywhere" },
});

/**
 * Findings by sheet, errors first, in the pane's language; the same finding on many rows is one entry
 * ("9 rows: ...") with its cells to go to; a finding with a cell goes to it when clicked.
 */
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
  const [errorsOnly, setErrorsOnly] = useState(false);
  const shown = errorsOnly ? findings.filter((f) => f.severity === "error") : findings;
  const severity = (f: Finding) => t(f.severity === "error" ? "pane.validate.error" : "pane.validate.warning");
  return (
    <section aria-label={t("pane.validate.findings")}>
      <Switch
        checked={errorsOnly}
        onChange={(_, data) => setErrorsOnly(data.checked)}
        label={t("pane.validate.errorsOnly")}
      />
      {groupBySheet(shown).map(({ sheet, findings: group }) => {
        const name = sheet ?? t("pane.validate.wholeFile");
        const errors = group.filter((f) => f.severity === "error").length;
        return (
          <section key={sheet ?? ""} aria-label={name}>
            <Subtitle2 as="h3">{name}</Subtitle2>{" "}
            <Caption1>{t("pane.validate.sheetCounts", { errors, warnings: group.length - errors })}</Caption1>
            <ul className={styles.list}>
              {groupRepeated(group).map((repeated) => {
                const [first] = repeated;
                if (!first) return null;
                const message = describeFinding(first, lang);
                const at = first.sheet;
                if (repeated.length > 1)
                  return (
                    <li key={`${first.code}-${first.field}-${first.cell}`}>
                      <div className={styles.finding}>
                        <span className={styles.text}>
                          <strong>{severity(first)}:</strong>{" "}
                          {t("pane.validate.repeated", { count: repeated.length, message })}
                        </span>
                      </div>
                      <div className={styles.cells}>
                        {repeated.map((f) =>
                          at !== null && f.cell !== null ? (
                            <Button
                              key={f.cell}
                              size="small"
                              appearance="subtle"
                              onClick={() => onSelect({ sheet: at, address: f.cell ?? "" })}
                            >
                              {f.cell}
                            </Button>
                          ) : null,
                        )}
                      </div>
                    </li>
                  );
                const content = (
                  <span className={styles.finding}>
                    {first.cell && (
                      <Badge
                        className={styles.cell}
                        appearance="tint"
                        color={first.severity === "error" ? "danger" : "warning"}
                      >
                        {first.cell}
                      </Badge>
                    )}
                    <span className={styles.text}>
                      <strong>{severity(first)}:</strong> {message}
                    </span>
                  </span>
                );
                const cell = first.cell;
                return (
                  <li key={`${first.code}-${first.field}-${first.cell}`}>
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
        );
      })}
    </section>
  );
}
