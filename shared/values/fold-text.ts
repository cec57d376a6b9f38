import { SPACES } from "./cell-value";

// People without a Kazakh keyboard type the nearest Russian letter, and the Latin i for і.
const KAZAKH_FOLD: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  i: "и",
  ё: "е",
};
const KAZAKH = /[әғқңөұүһіiё]/;
const QUOTES = /[«»"“”„']/g;

// What the lower-cased text may still need: a quote, a space other than one plain space, trailing punctuation.
// Most labels and names need none of it, and are folded without a pass per step.
const UNTIDY = /[«»"“”„']|[^\S ]| {2}|^ | $|[.;,:]$/;

/** A comparison key for a label: case, spacing, quotes, trailing punctuation and Kazakh letters folded. */
export function foldText(text: string): string {
  let folded = text.normalize("NFC").toLowerCase();
  if (KAZAKH.test(folded)) folded = folded.replace(/[әғқңөұүһіiё]/g, (ch) => KAZAKH_FOLD[ch] ?? ch);
  if (!UNTIDY.test(folded)) return folded;
  return folded
    .replace(QUOTES, "")
    .replace(SPACES, " ")
    .trim()
    .replace(/[\s.;,:]+$/, "");
}
