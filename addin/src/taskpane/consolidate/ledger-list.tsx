import { Badge, Button, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { LedgerEntry } from "../../../../shared/consolidate";
import type { DepartmentView } from "../../use-cases/department-view";
import { useEntryListStyles } from "../entry-list-styles";
import { useWords } from "../lang-context";
import { tdep, tsum } from "../../../../shared/i18n";

const COLOURS = { accepted: "success", rejected: "danger", superseded: "informative" } as const;

/** A file's name and outcome, then its organization. */
export function FileHeading({ entry }: { entry: LedgerEntry }) {
  const ts = useWords(tsum);
  return (
    <>
      <Text weight="semibold">
        {entry.file}{" "}
        <Badge appearance="tint" color={COLOURS[entry.outcome]}>
          {ts(`summary.outcome.${entry.outcome}`)}
        </Badge>
      </Text>
      {entry.org && <Text>{entry.bin ? `${entry.bin} ${entry.org}` : entry.org}</Text>}
    </>
  );
}

/** The files that need nothing more: superseded ones compactly, accepted ones behind their count. */
export function LedgerList({ view }: { view: DepartmentView }) {
  const styles = useEntryListStyles();
  const td = useWords(tdep);
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={td("pane.consolidate.ledger")}>
      <Subtitle2 as="h3">{td("pane.consolidate.ledger")}</Subtitle2>
      {view.superseded.length > 0 && (
        <>
          <Text weight="semibold">{td("department.superseded")}</Text>
          <ul className={styles.list} aria-label={td("department.superseded")}>
            {view.superseded.map((entry) => (
              <li key={`${entry.file}-${entry.sha256}`} className={styles.entry}>
                <Text size={200}>{`${entry.file}: ${entry.reason}`}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.accepted.length > 0 && (
        <div>
          <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {`${open ? "▾" : "▸"} ${td("department.accepted", { count: view.accepted.length })}`}
          </Button>
        </div>
      )}
      {open && (
        <ul className={styles.list} aria-label={td("department.accepted", { count: view.accepted.length })}>
          {view.accepted.map((entry) => (
            <Accepted key={`${entry.file}-${entry.sha256}`} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Accepted({ entry }: { entry: LedgerEntry }) {
  const styles = useEntryListStyles();
  return (
    <li className={styles.entry}>
      <FileHeading entry={entry} />
      {entry.reason && <Text size={200}>{entry.reason}</Text>}
    </li>
  );
}
