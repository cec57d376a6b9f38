import { departmentMessages } from "./catalogue/department";
import { translator } from "./translate";

/** The department's view's words: apart from MESSAGES, so the pane's first load does not carry them. */
export const DEPARTMENT_MESSAGES = departmentMessages;
export type DepartmentMessageId = keyof typeof DEPARTMENT_MESSAGES;

/** A message of the department's view in `lang` with its placeholders filled. */
export const tdep = translator(DEPARTMENT_MESSAGES);
