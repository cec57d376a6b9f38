import { Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  columnOf,
  conflicts,
  contracts,
  directions,
  displayLabel,
  listOf,
  passport,
  risks,
  services as servicesForm,
  staffing,
} from "../../../../shared/forms";
import { type Lang, WorkbookLang } from "../../../../shared/i18n";
import { readMeta } from "../../../../shared/validation";
import type { WorkbookSnapshot } from "../../../../shared/xlsx";
import { passportRow } from "../../use-cases/row-rules";
import { tableRows } from "../../use-cases/table-rows";
import { useLang, useT } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { DirectionsForm } from "./directions-form";
import { type Draft, EMPTY_DRAFT } from "./draft";
import { PassportForm } from "./passport-form";
import { PasteRows } from "./paste-rows";
import { RowForm } from "./row-form";
import type { WorkbookTexts } from "./workbook-texts";

/** The forms the pane fills, in the workbook's order: the Passport, the nine directions, and rows of five tables. */
const FORMS = [passport, directions, staffing, conflicts, servicesForm, contracts, risks] as const;
type FormId = (typeof FORMS)[number]["id"];

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** A workbook without a language says nothing: its lists are offered in the pane's language, else in Russian. */
const listLang = (meta: string | undefined, pane: Lang): WorkbookLang =>
  WorkbookLang.safeParse(meta).data ?? WorkbookLang.safeParse(pane).data ?? "ru";

/**
 * Fill: one form at a time; what was typed into each is kept here, across forms, tabs and failed sends. The
 * workbook is read again whenever the tab is shown and, while shown, whenever it changes, so nothing shown is stale.
 */
export function FillTab({ services, active }: { services: PaneServices; active: boolean }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [formId, setFormId] = useState<FormId>("Passport");
  const [drafts, setDrafts] = useState<Readonly<Partial<Record<FormId, Draft>>>>({});
  // What the Passport and the directions last read from or wrote to the workbook: typing over it is told apart.
  const [passportLoaded, setPassportLoaded] = useState<WorkbookTexts | undefined>(undefined);
  const [directionsLoaded, setDirectionsLoaded] = useState<WorkbookTexts | undefined>(undefined);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [reads, setReads] = useState(0);
  const reread = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => {
    if (!active) return;
    let current = true;
    services.port.readSnapshot().then(
      (read) => current && setSnapshot(read),
      // Unread, the forms still show; writing will report what is wrong.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [active, reads, services.port]);

  // While shown, every change to the workbook (the user's in a cell, the pane's own writes) is read again.
  useEffect(() => (active ? services.port.onChanged(reread) : undefined), [active, reread, services.port]);

  // Each form's own updater, so an answer arriving after the user picked another form lands where it belongs.
  const draftUpdater = useCallback(
    (id: FormId) => (update: (draft: Draft) => Draft) =>
      setDrafts((all) => ({ ...all, [id]: update(all[id] ?? EMPTY_DRAFT) })),
    [],
  );
  const onPassportDraft = useMemo(() => draftUpdater("Passport"), [draftUpdater]);
  const onDirectionsDraft = useMemo(() => draftUpdater("Directions"), [draftUpdater]);
  const meta = snapshot && readMeta(snapshot);
  const workbookLang = listLang(meta?.get("lang"), lang);
  const form = FORMS.find((f) => f.id === formId) ?? passport;
  const draft = drafts[formId] ?? EMPTY_DRAFT;
  const passportData = snapshot && passportRow(snapshot);
  // One per read of the workbook: the row form follows each read, not each render.
  const table = useMemo(() => snapshot && tableRows(snapshot, form), [snapshot, form]);

  // "Risks found" offers to add the risk: the Risks form opens with the direction chosen.
  const addRisk = (code: string) => {
    const list = listOf(columnOf(risks, "direction"));
    const item = list.items.find((i) => i.code === code);
    draftUpdater("Risks")((d) => ({
      ...d,
      values: { ...d.values, direction: item ? displayLabel(list, item, workbookLang) : "" },
    }));
    setFormId("Risks");
  };

  return (
    <div className={styles.tab}>
      {snapshot && !meta && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t("pane.fill.noSheets")}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("pane.fill.form")}>
        <Select value={formId} onChange={(_, data) => setFormId(data.value as FormId)}>
          {FORMS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.sheet[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200}>{t("pane.fill.listsIn", { language: t(`pane.language.${workbookLang}`) })}</Text>
      {form === contracts && (
        <PasteRows
          form={contracts}
          port={services.port}
          workbookLang={workbookLang}
          passport={passportData}
          onWritten={reread}
        />
      )}
      {form.layout === "fields" ? (
        <PassportForm
          services={services}
          workbookLang={workbookLang}
          snapshot={snapshot}
          draft={draft}
          onDraft={onPassportDraft}
          loaded={passportLoaded}
          onLoaded={setPassportLoaded}
        />
      ) : form.layout === "fixed" ? (
        <DirectionsForm
          port={services.port}
          snapshot={snapshot}
          workbookLang={workbookLang}
          draft={draft}
          onDraft={onDirectionsDraft}
          loaded={directionsLoaded}
          onLoaded={setDirectionsLoaded}
          passport={passportData}
          onWritten={reread}
          onAddRisk={addRisk}
        />
      ) : (
        <RowForm
          key={form.id}
          form={form}
          port={services.port}
          workbookLang={workbookLang}
          draft={draft}
          onDraft={draftUpdater(form.id)}
          passport={passportData}
          table={table}
          onWritten={reread}
        />
      )}
    </div>
  );
}
