/** What the user typed into a form, kept by the Fill tab while they look elsewhere. */
export interface Draft {
  /** Typed text by column key. */
  readonly values: Readonly<Record<string, string>>;
  /** Fields left once: their messages show from then on. */
  readonly touched: readonly string[];
  /** Sending was tried: every field's message shows. */
  readonly submitted: boolean;
  /** The row of the table being edited (its sheet row and entry number); none when a row is being added. */
  readonly editing?: { readonly row: number; readonly entry: number };
}

export const EMPTY_DRAFT: Draft = { values: {}, touched: [], submitted: false };
