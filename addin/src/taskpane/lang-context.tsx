import { createContext, useCallback, useContext } from "react";
import { type Lang, type MessageId, type MessageParams, t } from "../../../shared/i18n";

const LangContext = createContext<Lang>("en");

/** The pane's language, as the user chose it. */
export const LangProvider = LangContext.Provider;

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A catalogue's words in the pane's language: `useT()` for MESSAGES, `useWords(td)` for a lazy part's own. */
export function useWords<Id extends string>(
  translate: (lang: Lang, id: Id, params?: MessageParams) => string,
): (id: Id, params?: MessageParams) => string {
  const lang = useLang();
  return useCallback((id, params) => translate(lang, id, params), [lang, translate]);
}

/** `t` in the pane's language. */
export function useT(): (id: MessageId, params?: MessageParams) => string {
  return useWords(t);
}
