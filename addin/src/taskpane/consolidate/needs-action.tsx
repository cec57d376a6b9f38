import { Button, Link, makeStyles, Subtitle2, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { passport, valueColumns } from "../../../../shared/forms";
import type { Contacts, DepartmentView, Problem } from "../../use-cases/department-view";
import { useLang, useWords } from "../lang-context";
import { tdep } from "../../../../shared/i18n";
import { useEntryListStyles } from "../entry-list-styles";
import { FileHeading } from "./ledger-list";

const useStyles = makeStyles({
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  remarks: { width: "100%" },
});

/** The ledger's first part: rejected files with their first errors, then the roster's missing organizations. */
export function NeedsAction({ view }: { view: DepartmentView }) {
  const styles = useEntryListStyles();
  const td = useWords(tdep);
  if (view.rejected.length === 0 && view.missing.length === 0) return <Text>{td("department.nothingToDo")}</Text>;
  return (
    <>
      {view.rejected.length > 0 && (
        <section aria-label={td("department.needsAction")}>
          <Subtitle2 as="h3">{td("department.needsAction")}</Subtitle2>
          <ul className={styles.list}>
            {view.rejected.map(({ entry, problems, contacts, remarks }) => (
              <li key={`${entry.file}-${entry.sha256}`} className={styles.entry}>
                <FileHeading entry={entry} />
                <Text>{td("department.errorCount", { count: Math.max(entry.errors, 1) })}</Text>
                <ProblemList problems={problems} />
                <ContactLines contacts={contacts} />
                <CopyRemarks remarks={remarks} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.missing.length > 0 && (
        <section aria-label={td("pane.consolidate.missing")}>
          <Subtitle2 as="h3">{td("pane.consolidate.missing")}</Subtitle2>
          <ul className={styles.list}>
            {view.missing.map((org) => (
              <li key={org.bin} className={styles.entry}>
                <Text weight="semibold">{`${org.bin} ${org.name}`}</Text>
                <Text>{org.note}</Text>
                <ContactLines contacts={org.contacts} />
                <CopyRemarks remarks={org.remarks} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.problems}>
      {problems.map((p, i) => (
        <li key={i}>
          <Text size={200}>{p.place ? `${p.place}: ${p.message}` : p.message}</Text>
        </li>
      ))}
    </ul>
  );
}

const CONTACT_FIELDS = valueColumns(passport).filter(
  (c) => c.key === "responsible" || c.key === "contact_email" || c.key === "contact_phone",
);

/** The Passport's person, e-mail and phone, labelled as the Passport labels them. */
function ContactLines({ contacts }: { contacts: Contacts | null }) {
  const td = useWords(tdep);
  const lang = useLang();
  const given = CONTACT_FIELDS.filter((c) => contacts?.[c.key as keyof Contacts]);
  if (!contacts || given.length === 0) return <Text size={200}>{td("department.noContacts")}</Text>;
  return (
    <>
      {given.map((c) => {
        const value = contacts[c.key as keyof Contacts] as string;
        const href = c.key === "contact_email" ? `mailto:${value}` : c.key === "contact_phone" ? `tel:${value}` : null;
        return (
          <Text key={c.key} size={200}>
            {`${c.labels[lang]}: `}
            {href ? <Link href={href}>{value}</Link> : value}
          </Text>
        );
      })}
    </>
  );
}

/** Copies the organization's remarks; where the clipboard is refused, shows them to copy by hand. */
function CopyRemarks({ remarks }: { remarks: string }) {
  const styles = useStyles();
  const td = useWords(tdep);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(remarks);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <div>
        <Button size="small" onClick={() => void copy()}>
          {td("department.copyRemarks")}
        </Button>
      </div>
      <Text role="status" size={200}>
        {copied === true ? td("department.copied") : copied === false ? td("department.copyFailed") : ""}
      </Text>
      {copied === false && (
        <Textarea
          className={styles.remarks}
          aria-label={td("department.remarksText")}
          readOnly
          resize="vertical"
          value={remarks}
        />
      )}
    </>
  );
}
