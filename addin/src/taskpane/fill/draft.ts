import type { Column, FormDef } from "../../../../shared/forms";

/** What the user typed into a form, kept by the Fill tab while they look elsewhere. */
export interface Draft {
  /** Typed text by column key. */
  readonly values: Readonly<Record<string, string>>;
  /** Fields left once: their messages show from then on. */
  readonly touched: readonly string[];
  /** Sending was tried: every field's message shows. */
  readonly submitted: boolean;
}

export const EMPTY_DRAFT: Draft = { values: {}, touched: [], submitted: false };

/** The columns a user fills: not the row number, not what the template fills or computes. */
export function inputColumns(form: FormDef): Column[] {
  if (form.layout === "fields") return form.fields;
  return form.columns.filter((c) => !c.fixed && c.type !== "rowNo" && !c.sumOf);
}
