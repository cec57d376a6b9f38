import { isLang, type Lang } from "../shared/i18n";

/** The language the command line speaks: ADAL_LANG, else the system locale (kk_KZ, ru_RU), else English. */
export function uiLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const wanted = env.ADAL_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  const code = wanted.slice(0, 2).toLowerCase();
  return isLang(code) ? code : "en";
}
