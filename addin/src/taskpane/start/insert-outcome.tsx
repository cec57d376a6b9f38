import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { CreateResult, InsertResult } from "../../port/workbook-port";
import type { InsertProblems, TemplateInsert } from "../../use-cases/start-workbook";
import { useT } from "../lang-context";

/** What inserting sheets gave: their names, or why they were not inserted, and what is still wrong. */
export function InsertOutcome({
  result,
  problems = [],
}: {
  result: InsertResult | TemplateInsert;
  problems?: InsertProblems;
}) {
  const t = useT();
  if (!result.ok)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {result.reason === "names_taken"
            ? t("pane.start.namesTaken", { names: result.names.join(", ") })
            : t("pane.start.unsupported", { requirement: result.requirement })}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent={problems.length > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        {t("pane.start.inserted", { count: result.sheets.length, sheets: result.sheets.join(", ") })}
        {problems.length > 0 &&
          ` ${t("pane.start.notRepaired", {
            problems: problems.map((p) => (p.column ? t("pane.start.lostList", { ...p }) : p.sheet)).join("; "),
          })}`}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What opening a new workbook gave: done, or which Excel it needs. */
export function CreateOutcome({ result, done }: { result: CreateResult; done: string }) {
  const t = useT();
  return (
    <MessageBar intent={result.ok ? "success" : "warning"} layout="multiline">
      <MessageBarBody>
        {result.ok ? done : t("pane.create.unsupported", { requirement: result.requirement })}
      </MessageBarBody>
    </MessageBar>
  );
}
