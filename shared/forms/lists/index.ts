import { direction } from "./direction";
import { executionForm } from "./execution-form";
import { funding } from "./funding";
import { kinship } from "./kinship";
import type { ListDef } from "./list";
import { orgType } from "./org-type";
import { procurementMethod } from "./procurement-method";
import { region } from "./region";
import { service } from "./service";
import { staffCategory } from "./staff-category";
import { status } from "./status";
import { yesNo } from "./yes-no";

export const LISTS = {
  orgType,
  region,
  staffCategory,
  kinship,
  service,
  procurementMethod,
  funding,
  executionForm,
  status,
  direction,
  yesNo,
} as const satisfies Record<string, ListDef>;

export type ListId = keyof typeof LISTS;
export type { ListDef, ListItem } from "./list";
export { displayLabel } from "./list";
