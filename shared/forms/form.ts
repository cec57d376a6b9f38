import { z } from "zod";
import { Labels } from "../i18n/lang";
import { EXCEL_LIMITS } from "../xlsx/excel-limits";
import { type CellOf, Column, type ColumnInput, type ZodFor, zodFor } from "./column";

/** Excel forbids these in sheet names, and limits their length. */
const SheetName = z
  .string()
  .min(1)
  .max(EXCEL_LIMITS.sheetName)
  .regex(/^[^[\]:*?/\\]+$/)
  .refine((s) => !s.startsWith("'") && !s.endsWith("'"));

const formBase = {
  /** The Excel table's name: the form's identity in every workbook. */
  id: z.string().regex(/^[A-Z][A-Za-z]+$/),
  sheet: z.strictObject({ kk: SheetName, ru: SheetName, en: SheetName }),
  title: Labels,
  columns: z.array(Column).min(2),
  /** The contract version that added the form: a workbook of an earlier version has no such table. */
  since: z.number().int().min(2).optional(),
};

export const FormDef = z.discriminatedUnion("layout", [
  /** Rows the user adds; the template prepares `capacity` empty rows with formats and dropdowns. */
  z.strictObject({ ...formBase, layout: z.literal("rows"), capacity: z.number().int().positive() }),
  /** One row per item of a list (Directions): the code and label columns are filled by the template. */
  z.strictObject({ ...formBase, layout: z.literal("fixed"), rowsFrom: z.literal("direction") }),
  /** A vertical form (Passport): a row per field, columns field key, label, value. */
  z.strictObject({ ...formBase, layout: z.literal("fields"), fields: z.array(Column).min(1) }),
]);
export type FormDef = z.infer<typeof FormDef>;
type FormInput = z.input<typeof FormDef>;

/**
 * Checks a form literal against the schema at module load. The literal's own type is kept
 * (keys and types of its columns), so row types can be derived from it.
 */
export function defineForm<const F extends FormInput>(def: F): F & FormDef {
  const parsed = FormDef.parse(def);
  const keys = [...parsed.columns, ...(parsed.layout === "fields" ? parsed.fields : [])].map((c) => c.key);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) throw new Error(`form ${parsed.id}: key ${duplicate} twice`);
  const columnKeys = parsed.columns.map((c) => c.key);
  const unknown = parsed.columns
    .flatMap((c) => [...(c.sumOf ?? []), ...(c.atMost ? [c.atMost] : [])])
    .find((k) => !columnKeys.includes(k));
  if (unknown) throw new Error(`form ${parsed.id}: no column ${unknown} to refer to`);
  // Columns are known by position: a later version may only append, or older workbooks would not read.
  for (const list of [parsed.columns, parsed.layout === "fields" ? parsed.fields : []]) {
    const inserted = list.find((c, i) => i > 0 && (c.since ?? 1) < (list[i - 1]?.since ?? 1));
    if (inserted) throw new Error(`form ${parsed.id}: ${inserted.key} stands after a column of a later version`);
  }
  return parsed as F & FormDef;
}

/** The columns that hold the form's values: a table's columns, or a vertical form's fields. */
export function valueColumns(form: FormDef): Column[] {
  return form.layout === "fields" ? form.fields : form.columns;
}

/** A form's column (a vertical form's field) by key; the forms are checked at load, so a key named in code is there. */
export function columnOf(form: FormDef, key: string): Column {
  const column = valueColumns(form).find((c) => c.key === key);
  if (!column) throw new Error(`form ${form.id} has no column ${key}`);
  return column;
}

const isOf = (version: number) => (c: { since?: number | undefined }) => (c.since ?? 1) <= version;

// One object per form and version, so what is cached per column or form (folded labels) stays cached.
const versions = new WeakMap<FormDef, Map<number, FormDef>>();

/** The form without the columns and fields a version lacks; the form itself when it lacks none. */
function withoutLater(form: FormDef, version: number): FormDef {
  const columns = form.columns.filter(isOf(version));
  const fields = form.layout === "fields" ? form.fields.filter(isOf(version)) : [];
  if (columns.length === form.columns.length && (form.layout !== "fields" || fields.length === form.fields.length))
    return form;
  return form.layout === "fields" ? { ...form, columns, fields } : { ...form, columns };
}

/**
 * A form as a workbook of an earlier contract version holds it: without the columns and fields added
 * since, which a version only ever appends. Null when the form itself came later.
 */
export function formAt(form: FormDef, version: number): FormDef | null {
  if (!isOf(version)(form)) return null;
  let cache = versions.get(form);
  if (!cache) versions.set(form, (cache = new Map()));
  let held = cache.get(version);
  if (!held) cache.set(version, (held = withoutLater(form, version)));
  return held;
}

/** The columns that hold a form's values, as its definition's literal types them. */
type ValueColumnOf<F extends FormDef> = F extends { readonly layout: "fields"; readonly fields: readonly unknown[] }
  ? F["fields"][number]
  : F["columns"][number];

/** A form's column and field keys: a misspelt key does not compile. */
export type KeyOf<F extends FormDef> = ValueColumnOf<F> extends { readonly key: infer K extends string } ? K : never;

/**
 * A row's values as read from a workbook, by key: null when blank or unreadable, even where required (the
 * rules ask for it); a column a later version added is absent from an earlier version's workbook.
 */
export type ValuesOf<F extends FormDef> = {
  readonly [C in ValueColumnOf<F> as C extends { readonly key: infer K extends string } ? K : never]:
    | (C extends { readonly type: infer T extends Column["type"] } ? CellOf<T> : never)
    | null
    | (C extends { readonly since: number } ? undefined : never);
};

type RowShape<Cs extends readonly ColumnInput[]> = {
  [C in Cs[number] as C["key"]]: C["required"] extends true ? ZodFor<C["type"]> : z.ZodNullable<ZodFor<C["type"]>>;
};

/** The zod schema of one clean row: the single place a form's row type comes from. */
export function rowSchema<const Cs extends readonly ColumnInput[]>(columns: Cs): z.ZodObject<RowShape<Cs>> {
  const shape = Object.fromEntries(
    columns.map((input) => {
      const column = Column.parse(input);
      const type = zodFor(column);
      return [column.key, column.required ? type : type.nullable()];
    }),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<RowShape<Cs>>;
}
