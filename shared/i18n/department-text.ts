import { departmentMessages } from "./catalogue/department";
import type { Lang } from "./lang";
import { fill, type MessageParams } from "./translate";

/** The department's view's words: apart from MESSAGES, so the pane's first load does not carry them. */
export const DEPARTMENT_MESSAGES = departmentMessages;
export type DepartmentMessageId = keyof typeof DEPARTMENT_MESSAGES;

/** A message of the department's view in `lang` with its placeholders filled. */
export function td(lang: Lang, id: DepartmentMessageId, params: MessageParams = {}): string {
  return fill(DEPARTMENT_MESSAGES[id][lang], lang, params);
}
