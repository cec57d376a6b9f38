import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { requirementText } from "../port/requirements";
import type { HostInfo } from "./host-info";
import { useT } from "./lang-context";

/** A tab's content where the host has the ExcelApi version it needs; elsewhere, what to do instead. */
export function RequirementGuard(props: {
  host: HostInfo;
  tab: "fill" | "validate";
  version: string;
  children: ReactNode;
}) {
  const t = useT();
  if (props.host.supports(props.version)) return <>{props.children}</>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t("pane.requirement", { tab: t(`pane.tab.${props.tab}`), requirement: requirementText(props.version) })}
      </MessageBarBody>
    </MessageBar>
  );
}
