import { isLang, type Lang } from "../../../shared/i18n";

/** The pane's language from Office's display language (`kk-KZ`, `ru-RU`, ...): Kazakh, Russian, else English. */
export function paneLang(displayLanguage: string | undefined): Lang {
  const code = (displayLanguage ?? "").toLowerCase();
  if (code.startsWith("kk")) return "kk";
  if (code.startsWith("ru")) return "ru";
  return "en";
}

const KEY = "adal.lang";

/** The language the user chose last time, else the given one; storage may be refused (private mode, policies). */
export function rememberedLang(fallback: Lang): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    return stored && isLang(stored) ? stored : fallback;
  } catch {
    return fallback;
  }
}

/** Keeps the chosen language for the next time the pane opens. */
export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // Not kept: the pane opens in Office's language next time.
  }
}
