import { useCallback } from "react";
import { type DepartmentMessageId, td } from "../../../../shared/i18n/department-text";
import type { MessageParams } from "../../../../shared/i18n/translate";
import { useLang } from "../lang-context";

/** The department's view's words in the pane's language (their catalogue loads with this tab). */
export function useDepartmentT(): (id: DepartmentMessageId, params?: MessageParams) => string {
  const lang = useLang();
  return useCallback((id, params) => td(lang, id, params), [lang]);
}
