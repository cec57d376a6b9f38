/** Texts by column or field key. */
export type Texts = Readonly<Record<string, string>>;

/** What the user typed into a form, kept by the Fill tab while they look elsewhere. */
export interface Draft {
  /** Typed text by column key. */
  readonly values: Texts;
  /** Fields left once: their messages show from then on. */
  readonly touched: readonly string[];
  /** Sending was tried: every field's message shows. */
  readonly submitted: boolean;
  /**
   * The row of the table being edited: its sheet row, entry number, and its texts as the workbook held them
   * when editing began; none when a row is being added.
   */
  readonly editing?: { readonly row: number; readonly entry: number; readonly texts: Texts };
}

export const EMPTY_DRAFT: Draft = { values: {}, touched: [], submitted: false };

/** Two texts the same but for spaces around them, as a cell's text and what was typed. */
export const sameText = (a: string | undefined, b: string | undefined) => (a ?? "").trim() === (b ?? "").trim();

/**
 * The keys the workbook changed (from `base` to `now`) while the user was typing in them: neither value may be
 * dropped unasked.
 */
export function changedUnderTyping(keys: readonly string[], values: Texts, base: Texts, now: Texts): string[] {
  return keys.filter(
    (key) => !sameText(now[key], base[key]) && !sameText(values[key], base[key]) && !sameText(values[key], now[key]),
  );
}

/** The row being edited, its workbook texts now `now`: fields the user has not typed in follow the workbook. */
export function followWorkbook(draft: Draft, keys: readonly string[], now: Texts): Draft {
  const { editing } = draft;
  if (!editing) return draft;
  const follow = keys.filter(
    (key) => !sameText(now[key], editing.texts[key]) && sameText(draft.values[key], editing.texts[key]),
  );
  if (follow.length === 0) return draft;
  const taken = Object.fromEntries(follow.map((key) => [key, now[key] ?? ""]));
  return {
    ...draft,
    values: { ...draft.values, ...taken },
    editing: { ...editing, texts: { ...editing.texts, ...taken } },
  };
}

/** The user chose for the changed keys: the workbook's value (`take`) or their own; either way, now the base. */
export function settleChanged(draft: Draft, keys: readonly string[], now: Texts, take: boolean): Draft {
  const { editing } = draft;
  if (!editing) return draft;
  const settled = Object.fromEntries(keys.map((key) => [key, now[key] ?? ""]));
  return {
    ...draft,
    values: take ? { ...draft.values, ...settled } : draft.values,
    editing: { ...editing, texts: { ...editing.texts, ...settled } },
  };
}
