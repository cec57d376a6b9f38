import type { WorkbookLang } from "../../../shared/i18n";
import type { CleanValue } from "../../../shared/values";

const NAME_LENGTH = 40;

/** `2025` for a calendar year, else `2025-01-01_2025-06-30`; ISO dates sort and read the same everywhere. */
function periodOf(from: CleanValue | null, to: CleanValue | null): string | null {
  if (typeof from !== "string" || typeof to !== "string") return null;
  const year = from.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : `${from}_${to}`;
}

/** Words of the name joined by hyphens, without quotes or signs a file name cannot hold, cut at a word. */
function shortName(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let short = "";
  for (const word of words) {
    const next = short ? `${short}-${word}` : word;
    if (next.length > NAME_LENGTH) break;
    short = next;
  }
  return short || (words[0] ?? "").slice(0, NAME_LENGTH);
}

/** `BIN_period_name.xlsx`, from a Passport's values: the name in the workbook's language, else the other. */
export function suggestedFileName(passport: Readonly<Record<string, CleanValue | null>>, lang: WorkbookLang): string {
  const other: WorkbookLang = lang === "kk" ? "ru" : "kk";
  const name = [passport[`org_name_${lang}`], passport[`org_name_${other}`]].find((n) => typeof n === "string" && n);
  const parts = [
    passport.bin,
    periodOf(passport.period_from ?? null, passport.period_to ?? null),
    shortName(String(name ?? "")),
  ];
  return `${parts.filter((p) => typeof p === "string" && p !== "").join("_")}.xlsx`;
}
