import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FormDef } from "../../../../shared/forms";
import { type WorkbookLang, tp } from "../../../../shared/i18n";
import { joinBlock, type PastedColumn } from "../../../../shared/paste";
import type { DataRow } from "../../../../shared/findings";
import type { CellPlace, WorkbookPort } from "../../port/workbook-port";
import { addRows } from "../../use-cases/add-row";
import { inputColumns } from "../../use-cases/input-columns";
import { failureText } from "../error-text";
import { useLang, useT, useWords } from "../lang-context";
import { type CheckedPaste, checkPaste, type PasteFinding } from "./paste-checks";
import { WrittenNotice } from "./written-notice";

const useStyles = makeStyles({
  paste: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  box: { width: "100%" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Outcome =
  | {
      readonly kind: "added";
      readonly place: CellPlace;
      readonly count: number;
      readonly first: number;
      readonly last: number;
      readonly left: number;
    }
  | { readonly kind: "failed"; readonly message: string };

export interface PasteRowsProps {
  readonly form: FormDef;
  readonly port: WorkbookPort;
  readonly workbookLang: WorkbookLang;
  /** The Passport's row as the workbook holds it: contracts' dates are checked against its period. */
  readonly passport: DataRow | null;
  /** The workbook was written: read it again. */
  readonly onWritten: () => void;
}

/**
 * Many rows at once, pasted from Excel or an accounting program: what was understood is shown per column and
 * every cell that cannot be read is named by its row and column; the good rows go into the table in one
 * write, and the rows with errors stay in the box to be fixed, so nothing pasted is lost.
 */
export function PasteRows({ form, port, workbookLang, passport, onWritten }: PasteRowsProps) {
  const styles = useStyles();
  const t = useT();
  const tpp = useWords(tp);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The Passport's row is made anew with each render of Fill: the block is checked again only when its values differ.
  const period = useMemo(() => passport, [JSON.stringify(passport?.values ?? null)]);
  const checked = useMemo(
    () => (text.trim() === "" ? null : checkPaste(text, form, lang, workbookLang, period)),
    [text, form, lang, workbookLang, period],
  );

  if (!open)
    return (
      <div className={styles.buttons}>
        <Button onClick={() => setOpen(true)}>{tpp("pane.paste.open")}</Button>
      </div>
    );

  const add = async (paste: CheckedPaste) => {
    setBusy(true);
    try {
      const added = await addRows(port, form, paste.good);
      if (!added.ok) {
        const message =
          added.reason === "no_such_table"
            ? t("pane.fill.noTable", { table: form.sheet[workbookLang] })
            : t("pane.failed", { detail: added.reason });
        return setOutcome({ kind: "failed", message });
      }
      const { header } = paste.block;
      // The rows not added stay in the box, under their header, to be fixed and added.
      const rest = paste.bad.map((row) => row.cells);
      setText(rest.length === 0 ? "" : joinBlock(header ? [header, ...rest] : rest));
      setOutcome({
        kind: "added",
        place: { sheet: added.sheet, address: added.address },
        count: paste.good.length,
        first: added.first,
        last: added.last,
        left: rest.length,
      });
      onWritten();
    } catch (error) {
      setOutcome({ kind: "failed", message: failureText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const order = inputColumns(form)
    .map((c) => c.labels[lang])
    .join("; ");
  return (
    <section aria-label={tpp("pane.paste.title")} className={styles.paste}>
      <Subtitle2 as="h3">{tpp("pane.paste.title")}</Subtitle2>
      <Field label={tpp("pane.paste.block")} hint={tpp("pane.paste.hint", { columns: order })}>
        <Textarea
          className={styles.box}
          resize="vertical"
          rows={4}
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            setOutcome(null);
          }}
        />
      </Field>
      {checked && <PastePreview form={form} checked={checked} />}
      <div className={styles.buttons}>
        {checked && checked.good.length > 0 && (
          <Button appearance="primary" disabled={busy} onClick={() => void add(checked)}>
            {tpp(checked.bad.length > 0 ? "pane.paste.addGood" : "pane.paste.add", { count: checked.good.length })}
          </Button>
        )}
        {text !== "" && (
          <Button disabled={busy} onClick={() => setText("")}>
            {tpp("pane.paste.clear")}
          </Button>
        )}
        <Button disabled={busy} onClick={() => setOpen(false)}>
          {tpp("pane.paste.close")}
        </Button>
      </div>
      {outcome?.kind === "added" && (
        <WrittenNotice place={outcome.place} port={port}>
          {tpp("pane.paste.added", {
            count: outcome.count,
            first: outcome.first,
            last: outcome.last,
            sheet: outcome.place.sheet,
          })}
          {outcome.left > 0 && ` ${tpp("pane.paste.left", { count: outcome.left })}`}
        </WrittenNotice>
      )}
      {outcome?.kind === "failed" && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/**
 * What was read: per column its label and a sample (and the required columns missing), then the counts, then
 * each cell that could not be read.
 */
function PastePreview({ form, checked }: { form: FormDef; checked: CheckedPaste }) {
  const styles = useStyles();
  const tpp = useWords(tp);
  const lang = useLang();
  const { block, good, bad, errors, warnings } = checked;
  // A required column the block lacks is said once here, besides on every row.
  const missing = inputColumns(form).filter((c) => c.required && !block.columns.some((p) => p.column === c));
  const columnText = (c: PastedColumn): string => {
    const number = c.index + 1;
    if (!c.column)
      return c.header
        ? tpp("pane.paste.columnUnknown", { number, header: c.header, count: c.count })
        : tpp("pane.paste.columnExtra", { number, count: c.count });
    const column = c.column.labels[lang];
    if (!c.read) return tpp("pane.paste.columnNumbered", { column });
    return c.sample === null
      ? tpp("pane.paste.columnEmpty", { column })
      : tpp("pane.paste.column", { column, count: c.count, sample: c.sample });
  };
  return (
    <>
      <Text>{tpp(block.header ? "pane.paste.withHeader" : "pane.paste.noHeader")}</Text>
      <ul aria-label={tpp("pane.paste.columns")} className={styles.list}>
        {block.columns.map((c) => (
          <li key={c.index} className={styles.item}>
            {columnText(c)}
          </li>
        ))}
        {missing.map((c) => (
          <li key={c.key} className={styles.item}>
            {tpp("pane.paste.columnMissing", { column: c.labels[lang] })}
          </li>
        ))}
      </ul>
      <Text role="status" weight="semibold">
        {tpp("pane.paste.counts", { rows: block.rows.length, good: good.length, bad: bad.length })}
      </Text>
      <Findings label={tpp("pane.paste.errors")} findings={errors} />
      {bad.length > 0 && <Text>{tpp("pane.paste.fixHint")}</Text>}
      <Findings label={tpp("pane.paste.warnings")} findings={warnings} />
    </>
  );
}

function Findings({ label, findings }: { label: string; findings: readonly PasteFinding[] }) {
  const styles = useStyles();
  const tpp = useWords(tp);
  if (findings.length === 0) return null;
  return (
    <section aria-label={label}>
      <Text weight="semibold">{label}</Text>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={i} className={styles.item}>
            {tpp("pane.paste.finding", { ...f })}
          </li>
        ))}
      </ul>
    </section>
  );
}
