import type { Severity } from "../../../shared/findings";

/**
 * Highlights are conditional formats, never the cells' own format, so nothing of the user's is lost.
 * Their rule is always true; its text is the marker that tells them from the user's own rules.
 */
export const HIGHLIGHT_FORMULA = '=N("adal")=0';

export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = { error: "#F4B6B6", warning: "#FFE08A" };

/** Excel may give the rule back with other spacing or letter case. */
export function isHighlightFormula(formula: string): boolean {
  const plain = (text: string) => text.replace(/\s+/g, "").toLowerCase();
  return plain(formula) === plain(HIGHLIGHT_FORMULA);
}
