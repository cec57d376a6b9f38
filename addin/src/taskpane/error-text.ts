import { workbookFaultReason } from "../port/workbook-fault";
import type { useT } from "./lang-context";

/** An unexpected fault's text for the "something went wrong" message. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What to tell the user of a failure: what to do when they can act on it, else what went wrong. */
export function failureText(t: ReturnType<typeof useT>, error: unknown): string {
  const reason = workbookFaultReason(error);
  return reason ? t(`pane.fault.${reason}`) : t("pane.failed", { detail: errorText(error) });
}
