import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { passport } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n";
import type { WorkbookSnapshot } from "../../../../shared/xlsx";
import type { CellInput } from "../../port/workbook-port";
import { passportCells } from "../../use-cases/passport-cells";
import { writePassport } from "../../use-cases/write-passport";
import { errorText } from "../error-text";
import { useLang, useT } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { inputColumns } from "../../use-cases/input-columns";
import { ChangedUnderTyping } from "./changed-under-typing";
import { type Draft, sameText } from "./draft";
import { DraftForm } from "./draft-form";
import { draftChecks } from "./form-checks";
import { useWorkbookTexts, type WorkbookTexts } from "./workbook-texts";

const FIELDS = inputColumns(passport);
const KEYS = FIELDS.map((f) => f.key);

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Outcome =
  | { readonly kind: "saved"; readonly count: number; readonly field?: string }
  | { readonly kind: "fix"; readonly field: string }
  | { readonly kind: "missing" }
  | { readonly kind: "failed"; readonly detail: string };

export interface PassportFormProps {
  readonly services: PaneServices;
  readonly workbookLang: WorkbookLang;
  /** The workbook as last read (whenever Fill is shown, the workbook changes, or the pane writes). */
  readonly snapshot: WorkbookSnapshot | null;
  readonly draft: Draft;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
  /** What was last read from or written to the workbook; undefined until read. */
  readonly loaded: WorkbookTexts | undefined;
  readonly onLoaded: (texts: WorkbookTexts) => void;
}

/** The Passport's values as the workbook shows them, by field key; null without a Passport. */
function passportTexts(snapshot: WorkbookSnapshot): WorkbookTexts {
  const found = passportCells(snapshot);
  return found && Object.fromEntries([...found.cells].map(([key, cell]) => [key, cell.text]));
}

/**
 * The Passport as a form: read from the workbook, edited, and the changed fields written back. Only what the
 * user changed is checked and written, so a Passport filled in gradually is never blocked by empty fields.
 */
export function PassportForm(props: PassportFormProps) {
  const { services, workbookLang, snapshot, draft, onDraft, loaded, onLoaded } = props;
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [refusals, setRefusals] = useState(0);
  const [discarding, setDiscarding] = useState(false);
  const checks = draftChecks(FIELDS, draft, lang, workbookLang, { form: passport, passport: null });
  const changed = KEYS.filter((key) => !sameText(draft.values[key], loaded?.[key]));
  const typing = loaded !== undefined && changed.length > 0;
  const now = useMemo(() => (snapshot ? passportTexts(snapshot) : undefined), [snapshot]);
  const { clashes, takeWorkbook, keepTyping } = useWorkbookTexts({
    now,
    keys: KEYS,
    draft,
    onDraft,
    loaded,
    onLoaded,
  });

  const read = async () => {
    setOutcome(null);
    setDiscarding(false);
    // What is read now replaces the typing: nothing is left to choose.
    keepTyping();
    try {
      const texts = passportTexts(await services.port.readSnapshot());
      onLoaded(texts);
      if (texts) onDraft(() => ({ values: texts, touched: [], submitted: false }));
      else setOutcome({ kind: "missing" });
    } catch (error) {
      setOutcome({ kind: "failed", detail: errorText(error) });
    }
  };

  const save = async () => {
    onDraft((d) => ({ ...d, submitted: true }));
    // The fields that read are written; the first that does not is named, and the focus goes to it.
    const values = new Map<string, Exclude<CellInput, null>>();
    const bad = FIELDS.find((f) => changed.includes(f.key) && !checks.get(f.key)?.ok);
    for (const key of changed) {
      const check = checks.get(key);
      // A field emptied is cleared in the workbook.
      if (check?.ok) values.set(key, check.input ?? "");
    }
    if (bad) setRefusals((n) => n + 1);
    if (values.size === 0) return bad && setOutcome({ kind: "fix", field: bad.labels[lang] });
    setBusy(true);
    try {
      const written = await writePassport(services.port, values);
      if (!written.ok) return setOutcome({ kind: "missing" });
      onLoaded({ ...loaded, ...Object.fromEntries([...values.keys()].map((key) => [key, draft.values[key] ?? ""])) });
      setOutcome({ kind: "saved", count: written.count, field: bad?.labels[lang] });
    } catch (error) {
      setOutcome({ kind: "failed", detail: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <DraftForm
      columns={FIELDS}
      draft={draft}
      checks={checks}
      shown={(key) => draft.touched.includes(key) || (draft.submitted && changed.includes(key))}
      workbookLang={workbookLang}
      onDraft={onDraft}
      onSubmit={() => void save()}
      refusals={refusals}
    >
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy || loaded === null}>
          {t("pane.fill.passport.save")}
        </Button>
        {discarding ? (
          <Button disabled={busy} onClick={() => void read()}>
            {t("pane.fill.passport.discard")}
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => (typing ? setDiscarding(true) : void read())}>
            {t("pane.fill.passport.read")}
          </Button>
        )}
      </div>
      {clashes.length > 0 && (
        <ChangedUnderTyping
          fields={FIELDS.filter((f) => clashes.includes(f.key)).map((f) => f.labels[lang])}
          onTakeWorkbook={takeWorkbook}
          onKeepTyping={keepTyping}
        />
      )}
      {outcome && <PassportOutcome outcome={outcome} />}
    </DraftForm>
  );
}

function PassportOutcome({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const text = (() => {
    switch (outcome.kind) {
      case "saved":
        return outcome.field
          ? t("pane.fill.partlySaved", { count: outcome.count, field: outcome.field })
          : t("pane.fill.passport.saved", { count: outcome.count });
      case "fix":
        return t("pane.fill.fixField", { field: outcome.field });
      case "missing":
        return t("pane.fill.passport.missing");
      case "failed":
        return t("pane.failed", { detail: outcome.detail });
    }
  })();
  return (
    <MessageBar layout="multiline" intent={outcome.kind === "saved" && !outcome.field ? "success" : "error"}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
