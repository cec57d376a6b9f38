import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { conflicts, contracts, passport, risks } from "../../../../shared/forms";
import { type Lang, WorkbookLang } from "../../../../shared/i18n/lang";
import { useLang, useT } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { type Draft, EMPTY_DRAFT } from "./draft";
import { PassportForm, type PassportTexts } from "./passport-form";
import { RowForm } from "./row-form";

/** The forms the pane fills: the Passport field by field, and rows added to three tables. */
const FORMS = [passport, conflicts, risks, contracts] as const;
type FormId = (typeof FORMS)[number]["id"];

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** A workbook without a language says nothing: its lists are offered in the pane's language, else in Russian. */
const listLang = (meta: string | undefined, pane: Lang): WorkbookLang =>
  WorkbookLang.safeParse(meta).data ?? WorkbookLang.safeParse(pane).data ?? "ru";

/** Fill: one form at a time; what was typed into each is kept here, across forms, tabs and failed sends. */
export function FillTab({ services, active }: { services: PaneServices; active: boolean }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [formId, setFormId] = useState<FormId>("Passport");
  const [drafts, setDrafts] = useState<Readonly<Partial<Record<FormId, Draft>>>>({});
  const [passportLoaded, setPassportLoaded] = useState<PassportTexts | undefined>(undefined);
  const [metaLang, setMetaLang] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!active) return;
    let current = true;
    services.port.readMeta().then(
      (meta) => current && setMetaLang(meta?.get("lang")),
      // Unread, the lists fall back to the pane's language; adding a row will report what is wrong.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [active, services.port]);

  // Each form's own updater, so an answer arriving after the user picked another form lands where it belongs.
  const draftUpdater = useCallback(
    (id: FormId) => (update: (draft: Draft) => Draft) =>
      setDrafts((all) => ({ ...all, [id]: update(all[id] ?? EMPTY_DRAFT) })),
    [],
  );
  const onPassportDraft = useMemo(() => draftUpdater("Passport"), [draftUpdater]);
  const workbookLang = listLang(metaLang, lang);
  const form = FORMS.find((f) => f.id === formId) ?? passport;
  const draft = drafts[formId] ?? EMPTY_DRAFT;

  return (
    <div className={styles.tab}>
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
      {form.layout === "fields" ? (
        <PassportForm
          services={services}
          workbookLang={workbookLang}
          draft={draft}
          onDraft={onPassportDraft}
          loaded={passportLoaded}
          onLoaded={setPassportLoaded}
          active={active}
        />
      ) : (
        <RowForm
          key={form.id}
          form={form}
          port={services.port}
          workbookLang={workbookLang}
          draft={draft}
          onDraft={draftUpdater(form.id)}
        />
      )}
    </div>
  );
}
