import { useCallback, useEffect, useRef, useState } from "react";
import { changedUnderTyping, type Draft, sameText, type Texts } from "./draft";

/** A form's cells as the workbook shows them, by key in the draft; null when the workbook lacks the form. */
export type WorkbookTexts = Texts | null;

export interface WorkbookTextsOptions {
  /** The cells as the workbook holds them now, one object per read of it; undefined until read. */
  readonly now: WorkbookTexts | undefined;
  /** The draft's keys the form shows. */
  readonly keys: readonly string[];
  readonly draft: Draft;
  readonly onDraft: (update: (draft: Draft) => Draft) => void;
  /** What was last read from or written to the workbook; undefined until read. Kept above the form. */
  readonly loaded: WorkbookTexts | undefined;
  readonly onLoaded: (texts: WorkbookTexts) => void;
}

/**
 * A form over cells the workbook already holds (the Passport, the directions). Each read of the workbook shows its
 * values in the fields the user is not typing in; typing stays, and where the workbook changed a field under it,
 * the user is asked which to keep: `clashes`, settled by `takeWorkbook` or `keepTyping`.
 */
export function useWorkbookTexts({ now, keys, draft, onDraft, loaded, onLoaded }: WorkbookTextsOptions) {
  const [clashes, setClashes] = useState<readonly string[]>([]);
  const latest = useRef({ keys, draft, loaded });
  latest.current = { keys, draft, loaded };

  useEffect(() => {
    if (now === undefined) return;
    const { keys: shown, draft: typed, loaded: before } = latest.current;
    onLoaded(now);
    if (!now) return;
    const updates = new Map<string, string>();
    for (const key of shown) {
      const mine = typed.values[key];
      if (mine === undefined || sameText(mine, before?.[key])) updates.set(key, now[key] ?? "");
    }
    const clashed = changedUnderTyping(shown, typed.values, before ?? {}, now);
    // A key typed into since is left to the user.
    onDraft((d) => ({
      ...d,
      values: {
        ...d.values,
        ...Object.fromEntries([...updates].filter(([key]) => d.values[key] === typed.values[key])),
      },
    }));
    if (clashed.length > 0) setClashes((known) => [...new Set([...known, ...clashed])]);
  }, [now, onLoaded, onDraft]);

  const takeWorkbook = useCallback(() => {
    const { loaded: held } = latest.current;
    onDraft((d) => ({
      ...d,
      values: { ...d.values, ...Object.fromEntries(clashes.map((key) => [key, held?.[key] ?? ""])) },
    }));
    setClashes([]);
  }, [clashes, onDraft]);

  const keepTyping = useCallback(() => setClashes([]), []);
  return { clashes, takeWorkbook, keepTyping };
}
