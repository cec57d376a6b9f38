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

/** A comparison key for a label: case, spacing, quotes, trailing punctuation and Kazakh letters folded. */
export function foldText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[«»"“”„']/g, "")
    .replace(/[әғқңөұүһіiё]/g, (ch) => KAZAKH_FOLD[ch] ?? ch)
    .replace(SPACES, " ")
    .trim()
    .replace(/[\s.;,:]+$/, "");
}
