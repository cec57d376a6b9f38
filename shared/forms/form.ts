import { z } from "zod";
import { Labels } from "../i18n/lang";
import { Column, type ColumnInput, type ZodFor, zodFor } from "./column";

/** Excel forbids these in sheet names, and allows at most 31 characters. */
const SheetName = z
  .string()
  .min(1)
  .max(31)
  .regex(/^[^[\]:*?/\\]+$/)
  .refine((s) => !s.startsWith("'") && !s.endsWith("'"));

const formBase = {
  /** The Excel table's name: the form's identity in every workbook. */
  id: z.string().regex(/^[A-Z][A-Za-z]+$/),
  sheet: z.strictObject({ kk: SheetName, ru: SheetName, en: SheetName }),
  title: Labels,
  columns: z.array(Column).min(2),
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
  return parsed as F & FormDef;
}

/** The columns that hold the form's values: a table's columns, or a vertical form's fields. */
export function valueColumns(form: FormDef): Column[] {
  return form.layout === "fields" ? form.fields : form.columns;
}

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
