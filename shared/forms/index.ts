import { conflicts } from "./conflicts";
import { contracts } from "./contracts";
import { directions } from "./directions";
import type { FormDef } from "./form";
import { passport } from "./passport";
import { risks } from "./risks";
import { roster } from "./roster";
import { services } from "./services";
import { staffing } from "./staffing";
import { SUMMARY_FORMS } from "./summary";

/** Version of the workbook contract these definitions implement (FORMS.md): what new files say in `_meta`. */
export const CONTRACT_VERSION = 2;

/** The versions a reader reads: a version 1 file simply lacks what version 2 added (`formAt`). */
export const READ_VERSIONS: readonly number[] = [1, 2];

/** The forms of an organization's workbook, in sheet order. */
export const VAKR_FORMS = [passport, directions, staffing, conflicts, services, contracts, risks] as const;

/** Which forms each template holds, and its `template` key in `_meta`. */
export const TEMPLATES = {
  vakr: { forms: VAKR_FORMS as readonly FormDef[] },
  roster: { forms: [roster] as readonly FormDef[] },
} as const;
export type TemplateId = keyof typeof TEMPLATES;

/** Every form and summary table: an organization's own forms first, so a key is named by its form. */
export const ALL_FORMS: readonly FormDef[] = [...VAKR_FORMS, roster, ...SUMMARY_FORMS];

export function formById(id: string): FormDef | undefined {
  return ALL_FORMS.find((f) => f.id === id);
}

export { conflicts, contracts, directions, passport, risks, roster, services, staffing };
export type { FormDef } from "./form";
export { columnOf, valueColumns, rowSchema, formAt, type KeyOf, type ValuesOf } from "./form";
export { isTemplateLabel, listOf, type Column, type ColumnType } from "./column";
export { LISTS, displayLabel, type ListId, type ListDef, type ListItem } from "./lists";
export { SUMMARY_TEMPLATE } from "./summary";
