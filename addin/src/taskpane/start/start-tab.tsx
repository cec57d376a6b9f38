import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isLang, WORKBOOK_LANGS, type WorkbookLang } from "../../../../shared/i18n";
import type { CreateResult } from "../../port/workbook-port";
import { insertTemplate, type InsertProblems, type TemplateInsert } from "../../use-cases/start-workbook";
import { useT } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { useAction } from "../use-action";
import { CreateOutcome, InsertOutcome } from "./insert-outcome";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  next: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
});

const STEPS = ["insert", "fill", "validate", "send"] as const;

type Meta = ReadonlyMap<string, string> | null;

/** Start: which template the open workbook holds, and the standardized sheets inserted in kk or ru. */
export function StartTab({ services, active }: { services: PaneServices; active: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { port } = services;
  const [meta, setMeta] = useState<Meta | undefined>(undefined);
  const { busy, failure, fail, run } = useAction();
  const [inserted, setInserted] = useState<{ result: TemplateInsert; problems: InsertProblems } | null>(null);
  const [created, setCreated] = useState<CreateResult | null>(null);

  // Read again whenever the tab is shown: the user may have changed the workbook meanwhile.
  useEffect(() => {
    if (!active || busy) return;
    let current = true;
    port.readMeta().then(
      (read) => current && setMeta(read),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [active, busy, port, fail]);

  /** The main path: a new workbook of the template's own, where nothing can clash with its names. */
  const create = (lang: WorkbookLang) =>
    act(async () => setCreated(await port.createWorkbook(await services.template(lang))));
  const insert = (lang: WorkbookLang) =>
    act(async () => setInserted(await insertTemplate(port, lang, await services.template(lang))));
  const act = (work: () => Promise<void>) => {
    setCreated(null);
    setInserted(null);
    return run(work);
  };

  const template = meta?.get("template");
  const lang = meta?.get("lang") ?? "";
  // The next step: inserting, until the workbook has the sheets; then filling (the other tabs say the rest).
  const next = template ? "fill" : "insert";
  return (
    <div className={styles.tab}>
      <ol className={styles.steps} aria-label={t("pane.start.steps")}>
        {STEPS.map((step) => (
          <li
            key={step}
            aria-current={step === next ? "step" : undefined}
            className={step === next ? styles.next : undefined}
          >
            {t(`pane.start.step.${step}`)}
          </li>
        ))}
      </ol>
      {meta !== undefined && (
        <Text weight="semibold">
          {template
            ? t("pane.start.current", {
                language: isLang(lang) && lang !== "en" ? t(`pane.language.${lang}`) : lang,
              })
            : t("pane.start.none")}
        </Text>
      )}
      <div className={styles.buttons}>
        {WORKBOOK_LANGS.map((lang) => (
          <Button key={lang} appearance="primary" disabled={busy} onClick={() => void create(lang)}>
            {t(`pane.start.create.${lang}`)}
          </Button>
        ))}
      </div>
      {created && <CreateOutcome result={created} done={t("pane.start.created")} />}
      {template ? (
        <Text>{t("pane.start.already")}</Text>
      ) : (
        <>
          <Text>{t("pane.start.orInsert")}</Text>
          <div className={styles.buttons}>
            {WORKBOOK_LANGS.map((lang) => (
              <Button key={lang} disabled={busy || meta === undefined} onClick={() => void insert(lang)}>
                {t(`pane.start.insert.${lang}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      {inserted && <InsertOutcome result={inserted.result} problems={inserted.problems} />}
      {failure && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {WORKBOOK_LANGS.map((lang) => (
        <Link key={lang} href={services.templateUrl(lang)} download={`vakr-${lang}.xlsx`}>
          {t("pane.start.download", { file: `vakr-${lang}.xlsx` })}
        </Link>
      ))}
    </div>
  );
}
