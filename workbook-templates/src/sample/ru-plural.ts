/**
 * A Russian noun or participle in the form a number takes: 1, 21 — `one`; 2-4, 22-24 — `few`; 0, 5-20, 25 —
 * `many` ("1 работник", "63 человека", "уволено 5 работников"); a decimal `fraction`, the genitive singular
 * ("69,5 штатной единицы"). Kazakh nouns do not change after a number: only Russian needs this.
 */
export function ruPlural(n: number | string, one: string, few: string, many: string, fraction = few): string {
  const value = typeof n === "number" ? n : Number(n.replace(",", "."));
  if (!Number.isInteger(value)) return fraction;
  const [ten, hundred] = [value % 10, value % 100];
  if (ten === 1 && hundred !== 11) return one;
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return few;
  return many;
}
