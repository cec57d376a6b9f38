import type { Column, FormDef } from "../../../shared/forms";

/** The columns a user fills: not the row number, not what the template fills or computes. */
export function inputColumns(form: FormDef): Column[] {
  if (form.layout === "fields") return form.fields;
  return form.columns.filter((c) => !c.fixed && c.type !== "rowNo" && !c.sumOf);
}
