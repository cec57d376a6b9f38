/**
 * `name`, or when another already has it (Excel's names ignore case), the name with the first free number:
 * `Шарттар (2)`. `maxLength` cuts the name, not the number: a sheet name has at most 31 characters.
 */
export function numberedName(
  name: string,
  taken: readonly string[],
  suffix: (n: number) => string,
  maxLength = Infinity,
): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const end = suffix(n);
    const candidate = name.slice(0, maxLength - end.length) + end;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
