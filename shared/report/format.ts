import type { WorkbookLang } from "../i18n/lang";

/** Between groups of thousands: a space that never breaks a number across lines. */
const GROUP = "\u00A0";

/** `193 632,6`: groups of thousands, a decimal comma, exactly `decimals` places. */
export function formatDecimal(value: number, decimals: number): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = value < 0 && Number(value.toFixed(decimals)) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** A count or a figure as written: whole numbers without decimals, others with up to two. */
export function formatFigure(value: number): string {
  return Number.isInteger(value) ? formatDecimal(value, 0) : formatDecimal(value, 2).replace(/,?0+$/, "");
}

/** Staff units, always with two decimals (`20,80`). */
export const formatUnits = (value: number) => formatDecimal(value, 2);

/** An amount in thousand tenge, one decimal. */
export const formatThousands = (value: number) => formatDecimal(value, 1);

/** A share as a percentage with one decimal: 0.26 is `26,0 %`. */
export const formatPercent = (share: number) => `${formatDecimal(share * 100, 1)}${GROUP}%`;

/** `30.05.2025` from `2025-05-30`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}

const MONTHS: Readonly<Record<WorkbookLang, readonly string[]>> = {
  kk: [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
  ],
  ru: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
};

/** A date standing in a sentence: `2025 жылғы 30 мамыр`, `30 мая 2025 года`. */
export function formatDateInText(iso: string, lang: WorkbookLang): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  const month = MONTHS[lang][(m ?? 1) - 1];
  return lang === "kk" ? `${y} жылғы ${d} ${month}` : `${d} ${month} ${y} года`;
}
