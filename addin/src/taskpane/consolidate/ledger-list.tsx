import { Badge, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { LedgerEntry } from "../../../../shared/consolidate/intake";
import { useT } from "../lang-context";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  entry: { display: "flex", flexDirection: "column", gap: "2px" },
});

const COLOURS = { accepted: "success", rejected: "danger", superseded: "informative" } as const;

/** The ledger: each file's outcome and why, as the summary's `Intake` sheet has it. */
export function LedgerList({ ledger }: { ledger: readonly LedgerEntry[] }) {
  const styles = useStyles();
  const t = useT();
  return (
    <section aria-label={t("pane.consolidate.ledger")}>
      <Subtitle2 as="h3">{t("pane.consolidate.ledger")}</Subtitle2>
      <ul className={styles.list}>
        {ledger.map((entry) => (
          <li key={`${entry.file}-${entry.sha256}`} className={styles.entry}>
            <Text weight="semibold">
              {entry.file}{" "}
              <Badge appearance="tint" color={COLOURS[entry.outcome]}>
                {t(`summary.outcome.${entry.outcome}`)}
              </Badge>
            </Text>
            {entry.org && <Text>{entry.bin ? `${entry.bin} ${entry.org}` : entry.org}</Text>}
            {entry.reason && <Text size={200}>{entry.reason}</Text>}
          </li>
        ))}
      </ul>
    </section>
  );
}
