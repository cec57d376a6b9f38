import { useCallback, useState } from "react";
import { failureText } from "./error-text";
import { useT } from "./lang-context";

/** A tab's action on the workbook: busy while it runs, and what went wrong said in the pane's language. */
export function useAction() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fail = useCallback((error: unknown) => setFailure(failureText(t, error)), [t]);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setFailure(null);
      try {
        await work();
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );
  return { busy, failure, fail, run };
}
