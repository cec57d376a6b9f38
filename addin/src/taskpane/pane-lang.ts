import type { Lang } from "../../../shared/i18n/lang";

/** The pane's language from Office's display language (`kk-KZ`, `ru-RU`, ...): Kazakh, Russian, else English. */
export function paneLang(displayLanguage: string | undefined): Lang {
  const code = (displayLanguage ?? "").toLowerCase();
  if (code.startsWith("kk")) return "kk";
  if (code.startsWith("ru")) return "ru";
  return "en";
}
