import { fileMessages } from "./catalogue/files";
import { findingMessages } from "./catalogue/findings";
import { hintMessages } from "./catalogue/hints";
import { paneMessages } from "./catalogue/pane";
import { templateMessages } from "./catalogue/template";
import { valueMessages } from "./catalogue/values";
import type { Labels, Lang } from "./lang";

/** Every user-facing text of the product besides the forms' labels and the command line's own words, in kk, ru and en. */
export const MESSAGES = {
  ...valueMessages,
  ...hintMessages,
  ...templateMessages,
  ...fileMessages,
  ...findingMessages,
  ...paneMessages,
} satisfies Record<string, Labels>;
export type MessageId = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * `t` over a catalogue of its own: the command line's, the department view's, the paste's and the documents'
 * words stay out of MESSAGES, so the pane's first load does not carry them.
 */
export function translator<Id extends string, L extends Lang>(
  catalogue: Readonly<Record<Id, Readonly<Record<L, string>>>>,
) {
  return (lang: L, id: Id, params: MessageParams = {}): string => fill(catalogue[id][lang], lang, params);
}

/** The message in `lang` with `{name}` placeholders filled; numbers in the language's own writing. */
export const t = translator<MessageId, Lang>(MESSAGES);

/** A text's `{name}` placeholders filled from `params`. */
export function fill(template: string, lang: Lang, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

/** `93,73` in kk and ru, `93.73` in en; no grouping, so numbers read back as typed. */
export function formatNumber(lang: Lang, value: number): string {
  const text = String(value);
  return lang === "en" ? text : text.replace(".", ",");
}
