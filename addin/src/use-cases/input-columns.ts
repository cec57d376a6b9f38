import { type Column, type FormDef, valueColumns } from "../../../shared/forms";

/** The columns a user fills: not the row number, not what the template fills or computes. */
export function inputColumns(form: FormDef): Column[] {
  if (form.layout === "fields") return form.fields;
  return form.columns.filter((c) => !c.fixed && c.type !== "rowNo" && !c.sumOf);
}

/** A form's column by key; the forms are checked at load, so a key named in code is there. */
export function columnOf(form: FormDef, key: string): Column {
  const column = valueColumns(form).find((c) => c.key === key);
  if (!column) throw new Error(`form ${form.id} has no column ${key}`);
  return column;
}
