import { z } from "zod";
import { Labels } from "../../i18n/lang";

export const ListItem = z.strictObject({
  code: z.string().regex(/^[a-z0-9_]+$/),
  labels: Labels,
  /** Other ways people write the same item, in any language (matched case-insensitively). */
  synonyms: z.array(z.string().min(1)).default([]),
});
export type ListItem = z.infer<typeof ListItem>;

export const ListDef = z.strictObject({
  id: z.string().regex(/^[a-zA-Z]+$/),
  items: z.array(ListItem).min(2),
  /** A cell may also hold free text that matches no item (the dropdown only suggests). */
  allowsFreeText: z.boolean().default(false),
  /** Codes are numbers (`direction`): a cell may also hold the bare number or start with it. */
  numericCodes: z.boolean().default(false),
});
export type ListDef = z.infer<typeof ListDef>;

/** Checks a list literal against the schema once, at module load, so a malformed list never ships. */
export function defineList(def: z.input<typeof ListDef>): ListDef {
  return ListDef.parse(def);
}

/** The text a dropdown shows: numeric codes lead, so a picked item still reads as its number. */
export function displayLabel(list: ListDef, item: ListItem, lang: keyof Labels): string {
  return list.numericCodes ? `${item.code}. ${item.labels[lang]}` : item.labels[lang];
}
