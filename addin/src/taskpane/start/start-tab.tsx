import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isLang, WORKBOOK_LANGS, type WorkbookLang } from "../../../../shared/i18n/lang";
import type { InsertResult } from "../../port/workbook-port";
import { errorText } from "../error-text";
import { useT } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { InsertOutcome } from "./insert-outcome";

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
  const [busy, setBusy] = useState(false);
  const [inserted, setInserted] = useState<InsertResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Read again whenever the tab is shown: the user may have changed the workbook meanwhile.
  useEffect(() => {
    if (!active || busy) return;
    let current = true;
    port.readMeta().then(
      (read) => current && setMeta(read),
      (error: unknown) => current && setFailure(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [active, busy, port]);

  const insert = async (lang: WorkbookLang) => {
    setBusy(true);
    setFailure(null);
    try {
      setInserted(await port.insertSheets(await services.template(lang)));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
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
      {template ? (
        <Text>{t("pane.start.already")}</Text>
      ) : (
        <div className={styles.buttons}>
          {WORKBOOK_LANGS.map((lang) => (
            <Button key={lang} appearance="primary" disabled={busy || meta === undefined} onClick={() => insert(lang)}>
              {t(`pane.start.insert.${lang}`)}
            </Button>
          ))}
        </div>
      )}
      {inserted && <InsertOutcome result={inserted} />}
      {failure && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{t("pane.failed", { detail: failure })}</MessageBarBody>
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
