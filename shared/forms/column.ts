import { z } from "zod";
import { Labels } from "../i18n/lang";
import { LISTS, type ListDef, type ListId } from "./lists";

/** What a cell holds; the parser, the template's number format and its data validation follow from it. */
export const COLUMN_TYPES = [
  "rowNo",
  "text",
  "integer",
  "decimal",
  "amount",
  "date",
  "yesNo",
  "list",
  "bin",
  "binOrIin",
  "email",
  "phone",
  "url",
] as const;
export const ColumnType = z.enum(COLUMN_TYPES);
export type ColumnType = z.infer<typeof ColumnType>;

const listIds = Object.keys(LISTS) as [ListId, ...ListId[]];

export const Column = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/),
    type: ColumnType,
    labels: Labels,
    /** What to enter, shown as the cell's input prompt; the type's own hint is appended. */
    hint: Labels.optional(),
    required: z.boolean().default(false),
    list: z.enum(listIds).optional(),
    min: z.number().optional(),
    /** Most decimals allowed (decimal and amount). */
    decimals: z.number().int().min(0).optional(),
    /** The cell equals the sum of these columns (a formula in the template). */
    sumOf: z.array(z.string()).optional(),
    /** The value may not exceed this column's value in the same row (dismissed for negative reasons <= dismissed). */
    atMost: z.string().optional(),
    /** Filled by the template (the Directions codes and labels); not the user's input. */
    fixed: z.boolean().default(false),
    width: z.number().positive().default(14),
    /** A number format other than the type's own (a share as `0.0%`, thousands as `#,##0.0`). */
    numFmt: z.string().min(1).optional(),
    wrap: z.boolean().default(false),
    /** The contract version that added the column: a workbook of an earlier version has no such column. */
    since: z.number().int().min(2).optional(),
  })
  .refine((c) => (c.type === "list") === (c.list !== undefined), {
    message: "a list column names its list, and only it",
  });
export type Column = z.infer<typeof Column>;
export type ColumnInput = z.input<typeof Column>;

type NumericType = Extract<ColumnType, "rowNo" | "integer" | "decimal" | "amount">;

/** One clean cell value of a type: numbers, booleans for yes/no, ISO dates and codes as strings. */
export type CellOf<T extends ColumnType> = T extends NumericType ? number : T extends "yesNo" ? boolean : string;

/** The zod type of one clean cell value. */
export type ZodFor<T extends ColumnType> = z.ZodType<CellOf<T>>;

const atLeast = (n: z.ZodNumber, min: number | undefined) => (min === undefined ? n : n.min(min));

export function zodFor(column: Column): z.ZodType<number> | z.ZodType<boolean> | z.ZodType<string> {
  switch (column.type) {
    case "rowNo":
    case "integer":
      return atLeast(z.number().int(), column.min);
    case "decimal":
    case "amount":
      return atLeast(z.number(), column.min);
    case "yesNo":
      return z.boolean();
    case "date":
      return z.iso.date();
    case "bin":
    case "binOrIin":
      return z.string().regex(/^\d{12}$/);
    case "email":
      return z.email();
    case "url":
      return z.url({ protocol: /^https?$/ });
    default:
      return z.string().min(1);
  }
}

/** The list a column's cells pick from: yes/no cells use the yes/no list. */
export function listOf(column: Column): ListDef {
  if (column.type === "yesNo") return LISTS.yesNo;
  // The schema guarantees a list column names its list; a definition without one is a programming fault.
  if (!column.list) throw new Error(`column ${column.key} has no list`);
  return LISTS[column.list];
}

/** A label the template writes (a direction's name, a Passport field's label), in the workbook's language: not data. */
export const isTemplateLabel = (column: Column): boolean => column.fixed && column.type === "text";
