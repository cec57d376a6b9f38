import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import { type Column, columnOf, directions, risks } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n";
import type { DataRow } from "../../../../shared/findings";
import { parseCell } from "../../../../shared/values";
import type { WorkbookSnapshot } from "../../../../shared/xlsx";
import type { CellWrite, WorkbookPort } from "../../port/workbook-port";
import { inputColumns } from "../../use-cases/input-columns";
import { type TableRow, type TableRows, tableRows } from "../../use-cases/table-rows";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";
import { ChangedUnderTyping } from "./changed-under-typing";
import { type Draft, sameText } from "./draft";
import { DraftFields, SendForm } from "./draft-form";
import { draftChecks } from "./form-checks";
import { useWorkbookTexts, type WorkbookTexts } from "./workbook-texts";

const COLUMNS = inputColumns(directions);
const CODE = columnOf(directions, "code");
const FOUND = columnOf(directions, "risks_found");
const RISK_DIRECTION = columnOf(risks, "direction");

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  direction: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  consequence: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  save: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    position: "sticky",
    bottom: 0,
    paddingBlock: tokens.spacingVerticalS,
    background: tokens.colorNeutralBackground1,
  },
});

type Outcome =
  | { readonly kind: "saved"; readonly count: number; readonly field?: string }
  | { readonly kind: "fix"; readonly field: string }
  | { readonly kind: "failed"; readonly detail: string };

export interface DirectionsFormProps {
  readonly port: WorkbookPort;
  readonly snapshot: WorkbookSnapshot | null;
  readonly workbookLang: WorkbookLang;
  /** The answers keyed `row.key` (the direction's sheet row and the column), as the Passport's by field. */
  readonly draft: Draft;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
  /** What was last read from or written to the sheet, keyed as the draft; undefined until read. */
  readonly loaded: WorkbookTexts | undefined;
  readonly onLoaded: (texts: WorkbookTexts) => void;
  readonly passport: DataRow | null;
  readonly onWritten: () => void;
  /** "Risks found" with no risk of the direction listed: the Risks form opens for it. */
  readonly onAddRisk: (code: string) => void;
}

const draftKey = (row: TableRow, key: string) => `${row.row}.${key}`;

/** The directions' answers as the sheet shows them, keyed as the draft; null without the sheet. */
function directionsTexts(table: TableRows | null): WorkbookTexts {
  return (
    table &&
    Object.fromEntries(table.rows.flatMap((row) => COLUMNS.map((c) => [draftKey(row, c.key), row.texts[c.key] ?? ""])))
  );
}

/**
 * The nine directions as one checklist: each direction's answers, its consequence for the Risks sheet shown there.
 * Kept fresh as the Passport is: the sheet's changes show where the user is not typing, and are asked about where
 * they are.
 */
export function DirectionsForm(props: DirectionsFormProps) {
  const { port, snapshot, workbookLang, draft, onDraft, loaded, onLoaded, passport, onWritten, onAddRisk } = props;
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [refusals, setRefusals] = useState(0);
  const table = useMemo(() => (snapshot ? tableRows(snapshot, directions) : null), [snapshot]);
  const now = useMemo(() => (snapshot ? directionsTexts(table) : undefined), [snapshot, table]);
  const riskCounts = countRisks(snapshot);

  const entries = (table?.rows ?? []).map((row) => {
    const keyOf = (column: Column) => draftKey(row, column.key);
    const values = Object.fromEntries(COLUMNS.map((c) => [c.key, draft.values[keyOf(c)] ?? ""]));
    const checks = draftChecks(COLUMNS, { ...draft, values }, lang, workbookLang, { form: directions, passport });
    const changed = COLUMNS.filter((c) => !sameText(values[c.key], loaded?.[keyOf(c)]));
    const code = parseCell(CODE, row.texts.code ?? "");
    return { row, keyOf, values, checks, changed, code: code.ok && typeof code.value === "string" ? code.value : "" };
  });
  const keys = entries.flatMap(({ keyOf }) => COLUMNS.map(keyOf));
  const { clashes, takeWorkbook, keepTyping } = useWorkbookTexts({ now, keys, draft, onDraft, loaded, onLoaded });

  if (!table) return null;

  const save = async () => {
    onDraft((d) => ({ ...d, submitted: true }));
    const writes: CellWrite[] = [];
    const written: Record<string, string> = {};
    let bad: string | undefined;
    for (const { row, keyOf, values, checks, changed } of entries)
      for (const column of changed) {
        const check = checks.get(column.key);
        if (check?.ok) {
          writes.push({ sheet: table.sheet, address: table.cellOf(row.row, column.key), value: check.input ?? "" });
          written[keyOf(column)] = values[column.key] ?? "";
        } else bad ??= `${row.texts.code ?? ""}. ${column.labels[lang]}`;
      }
    if (bad) setRefusals((n) => n + 1);
    if (writes.length === 0) return setOutcome(bad ? { kind: "fix", field: bad } : { kind: "saved", count: 0 });
    setBusy(true);
    try {
      const done = await port.writeCells(writes);
      if (!done.ok) return setOutcome({ kind: "failed", detail: t("pane.fill.noSheets") });
      // What was written is now the sheet's; what was refused stays typed.
      onLoaded({ ...loaded, ...written });
      setOutcome({ kind: "saved", count: writes.length, field: bad });
      onWritten();
    } catch (error) {
      setOutcome({ kind: "failed", detail: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const clashed = entries.flatMap(({ row, keyOf }) =>
    COLUMNS.filter((c) => clashes.includes(keyOf(c))).map((c) => `${row.texts.code ?? ""}. ${c.labels[lang]}`),
  );
  return (
    <SendForm className={styles.form} onSubmit={() => void save()} refusals={refusals}>
      {entries.map(({ row, keyOf, values, checks, code }) => {
        const found = parseCell(FOUND, values.risks_found ?? "");
        const listed = riskCounts.get(code) ?? 0;
        return (
          <section key={row.row} className={styles.direction} aria-label={`${row.texts.code}. ${row.texts.direction}`}>
            <Subtitle2 as="h3">
              {row.texts.code}. {row.texts.direction}
            </Subtitle2>
            <DraftFields
              columns={COLUMNS}
              keyOf={keyOf}
              draft={draft}
              checks={checks}
              shown={(key) => draft.submitted || draft.touched.includes(key)}
              workbookLang={workbookLang}
              onDraft={onDraft}
            />
            {found.ok && found.value === true && (
              <Consequence>
                {listed > 0 && <Text>{t("pane.fill.directions.riskListed", { count: listed })}</Text>}
                <Button size="small" onClick={() => onAddRisk(code)}>
                  {t("pane.fill.directions.addRisk")}
                </Button>
              </Consequence>
            )}
          </section>
        );
      })}
      <div className={styles.save}>
        {/* At the foot that stays in view: the question reaches the user wherever the changed field stands. */}
        {clashed.length > 0 && (
          <ChangedUnderTyping fields={clashed} onTakeWorkbook={takeWorkbook} onKeepTyping={keepTyping} />
        )}
        <Button type="submit" appearance="primary" disabled={busy || loaded === undefined}>
          {t("pane.fill.directions.save")}
        </Button>
      </div>
      {outcome && <DirectionsOutcome outcome={outcome} />}
    </SendForm>
  );
}

function Consequence({ children }: { children: ReactNode }) {
  return <div className={useStyles().consequence}>{children}</div>;
}

/** How many risk rows the Risks sheet lists for each direction code. */
function countRisks(snapshot: WorkbookSnapshot | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of (snapshot && tableRows(snapshot, risks))?.rows ?? []) {
    const parsed = parseCell(RISK_DIRECTION, row.texts.direction ?? "");
    if (parsed.ok && typeof parsed.value === "string") counts.set(parsed.value, (counts.get(parsed.value) ?? 0) + 1);
  }
  return counts;
}

function DirectionsOutcome({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const text =
    outcome.kind === "failed"
      ? t("pane.failed", { detail: outcome.detail })
      : outcome.kind === "fix"
        ? t("pane.fill.fixField", { field: outcome.field })
        : outcome.field
          ? t("pane.fill.partlySaved", { count: outcome.count, field: outcome.field })
          : t("pane.fill.directions.saved", { count: outcome.count });
  return (
    <MessageBar layout="multiline" intent={outcome.kind === "saved" && !outcome.field ? "success" : "error"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
