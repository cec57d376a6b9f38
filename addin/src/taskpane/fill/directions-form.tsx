import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { columnOf, directions, risks } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n";
import type { DataRow } from "../../../../shared/findings";
import { isBlank, parseCell } from "../../../../shared/values";
import type { WorkbookSnapshot } from "../../../../shared/xlsx";
import type { CellWrite, WorkbookPort } from "../../port/workbook-port";
import { inputColumns } from "../../use-cases/input-columns";
import { type TableRow, tableRows } from "../../use-cases/table-rows";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";
import type { Draft } from "./draft";
import { useFocusOnRefusal } from "./draft-form";
import { draftChecks, withTouched, withValue } from "./form-checks";
import { FormField } from "./form-field";

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
  /** Typed values keyed `row.key` (the direction's sheet row and the column); untyped fields show the sheet's. */
  readonly draft: Draft;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
  readonly passport: DataRow | null;
  readonly onWritten: () => void;
  /** "Risks found" with no risk of the direction listed: the Risks form opens for it. */
  readonly onAddRisk: (code: string) => void;
}

const draftKey = (row: TableRow, key: string) => `${row.row}.${key}`;

/** The nine directions as one checklist: each direction's answers, its consequence for the Risks sheet shown there. */
export function DirectionsForm(props: DirectionsFormProps) {
  const { port, snapshot, workbookLang, draft, onDraft, passport, onWritten, onAddRisk } = props;
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [refusals, setRefusals] = useState(0);
  const form = useFocusOnRefusal(refusals);
  const table = snapshot && tableRows(snapshot, directions);
  const riskCounts = countRisks(snapshot);

  if (!table) return null;

  const entries = table.rows.map((row) => {
    const values = Object.fromEntries(
      COLUMNS.map((c) => [c.key, draft.values[draftKey(row, c.key)] ?? row.texts[c.key] ?? ""]),
    );
    const touched = COLUMNS.filter((c) => draft.touched.includes(draftKey(row, c.key))).map((c) => c.key);
    const checks = draftChecks(COLUMNS, { values, touched, submitted: draft.submitted }, lang, workbookLang, {
      form: directions,
      passport,
    });
    const changed = COLUMNS.filter((c) => (values[c.key] ?? "").trim() !== (row.texts[c.key] ?? "").trim());
    const code = parseCell(CODE, row.texts.code ?? "");
    return { row, values, touched, checks, changed, code: code.ok && typeof code.value === "string" ? code.value : "" };
  });

  const save = async () => {
    onDraft((d) => ({ ...d, submitted: true }));
    const writes: CellWrite[] = [];
    let bad: string | undefined;
    for (const { row, checks, changed } of entries)
      for (const column of changed) {
        const check = checks.get(column.key);
        if (check?.ok)
          writes.push({ sheet: table.sheet, address: table.cellOf(row.row, column.key), value: check.input ?? "" });
        else bad ??= `${row.texts.code ?? ""}. ${column.labels[lang]}`;
      }
    if (bad) setRefusals((n) => n + 1);
    if (writes.length === 0) return setOutcome(bad ? { kind: "fix", field: bad } : { kind: "saved", count: 0 });
    setBusy(true);
    try {
      const written = await port.writeCells(writes);
      if (!written.ok) return setOutcome({ kind: "failed", detail: t("pane.fill.noSheets") });
      // What was written now reads from the sheet; what was refused stays typed.
      const kept = new Set(writes.map((w) => w.address));
      onDraft((d) => ({
        ...d,
        values: Object.fromEntries(
          Object.entries(d.values).filter(([key]) => {
            const [row = "", column = ""] = key.split(".");
            return !kept.has(table.cellOf(Number(row), column));
          }),
        ),
      }));
      setOutcome({ kind: "saved", count: writes.length, field: bad });
      onWritten();
    } catch (error) {
      setOutcome({ kind: "failed", detail: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {entries.map(({ row, values, touched, checks, code }) => {
        const found = parseCell(FOUND, values.risks_found ?? "");
        const listed = riskCounts.get(code) ?? 0;
        return (
          <section key={row.row} className={styles.direction} aria-label={`${row.texts.code}. ${row.texts.direction}`}>
            <Subtitle2 as="h3">
              {row.texts.code}. {row.texts.direction}
            </Subtitle2>
            {COLUMNS.map((column) => {
              const value = values[column.key] ?? "";
              const key = draftKey(row, column.key);
              return (
                <FormField
                  key={column.key}
                  column={column}
                  value={value}
                  check={checks.get(column.key) ?? { ok: true, input: null }}
                  show={(draft.submitted || touched.includes(column.key)) && (draft.submitted || !isBlank(value))}
                  workbookLang={workbookLang}
                  onChange={(next) => onDraft((d) => withValue(d, key, next))}
                  onBlur={() => onDraft((d) => withTouched(d, key))}
                />
              );
            })}
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
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("pane.fill.directions.save")}
        </Button>
      </div>
      {outcome && <DirectionsOutcome outcome={outcome} />}
    </form>
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
