import { createContext, useCallback, useContext } from "react";
import type { Lang } from "../../../shared/i18n/lang";
import { type MessageId, type MessageParams, t } from "../../../shared/i18n/translate";

const LangContext = createContext<Lang>("en");

/** The pane's language, as the user chose it. */
export const LangProvider = LangContext.Provider;

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t` in the pane's language. */
export function useT(): (id: MessageId, params?: MessageParams) => string {
  const lang = useLang();
  return useCallback((id, params) => t(lang, id, params), [lang]);
}
