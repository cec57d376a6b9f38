import {
  Checkbox,
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { type WorkbookLang, WORKBOOK_LANGS, tdep } from "../../../../shared/i18n";
import type { Consolidation, Progress } from "../../../../shared/consolidate";
import { errorText } from "../error-text";
import { useLang, useT, useWords } from "../lang-context";
import type { PaneServices } from "../pane-services";
import { DepartmentReportButton } from "../report/report-buttons";
import { departmentView } from "../../use-cases/department-view";
import { LedgerList } from "./ledger-list";
import { NeedsAction } from "./needs-action";
import { SummaryActions } from "./summary-actions";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
});

/** The same file chosen twice: by name, size and date, as a browser gives no path. */
const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** Lets the pane paint its progress bar between files: the engine itself never waits. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const receivedFile = async (file: File) => ({
  name: file.name,
  modified: file.lastModified,
  bytes: new Uint8Array(await file.arrayBuffer()),
});

/** Consolidate (the department): received workbooks in, the ledger and the summary out, as `adal consolidate`. */
export function ConsolidateTab({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const t = useT();
  const td = useWords(tdep);
  const lang = useLang();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [roster, setRoster] = useState<File | null>(null);
  const [summaryLang, setSummaryLang] = useState<WorkbookLang | "auto">("auto");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Consolidation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [redact, setRedact] = useState(false);
  const [department, setDepartment] = useState("");
  // Kept across consolidations: a summary inserted before is what a later insert would duplicate.
  const [insertedSheets, setInsertedSheets] = useState<readonly string[]>([]);
  const view = useMemo(() => result && departmentView(result, lang), [result, lang]);

  const run = async () => {
    setResult(null);
    setFailure(null);
    setProgress({ step: "reading", done: 0, total: files.length });
    try {
      const received = await Promise.all(files.map(receivedFile));
      const consolidated = await services.consolidate(received, {
        ui: lang,
        ...(roster && { roster: await receivedFile(roster) }),
        ...(summaryLang !== "auto" && { lang: summaryLang }),
        redact,
        department,
        onProgress: setProgress,
        pause: nextFrame,
      });
      setResult(consolidated);
    } catch (error) {
      // Known by name: the class lives in the consolidation's chunk, loaded only now.
      const unusable = error as { name?: string; file?: string; reason?: string };
      setFailure(
        unusable.name === "RosterUnusable"
          ? td("pane.consolidate.rosterUnusable", { file: unusable.file ?? "", reason: unusable.reason ?? "" })
          : t("pane.failed", { detail: errorText(error) }),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className={styles.tab}>
      <Text>{td("pane.consolidate.intro")}</Text>
      <Field label={td("pane.consolidate.files")} hint={td("pane.consolidate.chosen", { count: files.length })}>
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept=".xlsx"
            // Chosen again, files add to the earlier ones (a department's inbox comes in several folders).
            onChange={(event) => {
              const added = Array.from(event.target.files ?? []);
              setFiles((earlier) => [...earlier.filter((f) => !added.some((a) => sameFile(a, f))), ...added]);
              event.target.value = "";
            }}
          />
        )}
      </Field>
      <Field label={td("pane.consolidate.roster")} hint={td("pane.consolidate.rosterHint")}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".xlsx"
            onChange={(event) => setRoster(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {files.length > 0 && (
        <div>
          <Button size="small" onClick={() => setFiles([])}>
            {td("pane.consolidate.clearFiles")}
          </Button>
        </div>
      )}
      <Field label={td("department.name")} hint={td("department.nameHint")}>
        <Input value={department} onChange={(_, data) => setDepartment(data.value)} />
      </Field>
      <Checkbox
        checked={redact}
        onChange={(_, data) => setRedact(data.checked === true)}
        label={td("pane.consolidate.redact")}
      />
      <Field label={td("pane.consolidate.summaryLang")}>
        <Select value={summaryLang} onChange={(_, data) => setSummaryLang(data.value as WorkbookLang | "auto")}>
          <option value="auto">{td("pane.consolidate.langAuto")}</option>
          <option value="kk">{t("pane.language.kk")}</option>
          <option value="ru">{t("pane.language.ru")}</option>
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={files.length === 0 || progress !== null} onClick={() => void run()}>
          {td("pane.consolidate.run")}
        </Button>
      </div>
      {progress && (
        <Field
          validationMessage={td(`pane.consolidate.${progress.step}`, { done: progress.done, total: progress.total })}
          validationState="none"
        >
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} />
        </Field>
      )}
      {failure && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {result && view && (
        <>
          <Text weight="semibold">{td("pane.consolidate.counts", result.counts)}</Text>
          <NeedsAction view={view} />
          <SummaryActions
            port={services.port}
            summary={result.summary}
            earlier={insertedSheets}
            onInserted={setInsertedSheets}
          />
          <DepartmentReportButton summary={result.summary} />
          <LedgerList view={view} />
        </>
      )}
      <RosterTemplates services={services} />
    </div>
  );
}

/** The roster template to fill, in the pane's language (both when the pane speaks English). */
function RosterTemplates({ services }: { services: PaneServices }) {
  const t = useT();
  const td = useWords(tdep);
  const lang = useLang();
  const [links, setLinks] = useState<readonly (readonly [WorkbookLang, string])[]>([]);
  useEffect(() => {
    let live = true;
    const langs = lang === "en" ? WORKBOOK_LANGS : [lang];
    void Promise.all(langs.map(async (of) => [of, await services.rosterTemplateUrl(of)] as const)).then(
      (found) => live && setLinks(found),
    );
    return () => void (live = false);
  }, [services, lang]);
  return (
    <div>
      {links.map(([of, url]) => (
        <div key={of}>
          <Link href={url} download={`roster-${of}.xlsx`}>
            {td("department.rosterTemplate", { language: t(`pane.language.${of}`) })}
          </Link>
        </div>
      ))}
    </div>
  );
}
