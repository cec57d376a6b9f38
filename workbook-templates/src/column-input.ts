import { type Column, type ListId, listOf } from "../../shared/forms";
import type { Lang } from "../../shared/i18n/lang";
import { t } from "../../shared/i18n/translate";
import { DATE_RANGE } from "../../shared/values";
import type { ValidationRule, ValidationSpec } from "../../shared/xlsx/workbook-spec";
import type { ListRanges } from "./lists-sheet";

/** Excel's limits on a data validation's texts. */
export const PROMPT_LIMITS = { prompt: 255, title: 32, error: 225 } as const;

function typeHint(column: Column, lang: Lang): string | null {
  switch (column.type) {
    case "text":
    case "rowNo":
      return null;
    case "decimal":
      return t(lang, "hint.decimal", { decimals: column.decimals ?? 2 });
    case "list":
      return t(lang, listOf(column).allowsFreeText ? "hint.listFree" : "hint.list");
    default:
      return t(lang, `hint.${column.type}`);
  }
}

/** Where a column's first cell stands: what a formula of the validation refers to. */
export type ColumnRef = (key: string) => string;

/** `AND(INT(H4)=H4,H4>=0,OR(G4="",H4<=G4))`: a whole number, not below the minimum, not above its bound. */
function boundedCount(column: Column, at: ColumnRef, bound: string): ValidationRule {
  const self = at(column.key);
  const other = at(bound);
  return {
    type: "custom",
    formula: `AND(INT(${self})=${self},${self}>=${column.min ?? 0},OR(${other}="",${self}<=${other}))`,
  };
}

function rule(column: Column, lists: ListRanges, at: ColumnRef): ValidationRule {
  if (column.atMost) return boundedCount(column, at, column.atMost);
  switch (column.type) {
    case "list":
    case "yesNo": {
      const list = listOf(column);
      return { type: "list", source: lists.rangeOf(list.id as ListId), strict: !list.allowsFreeText };
    }
    case "rowNo":
    case "integer":
      return { type: "whole", min: column.min ?? 0 };
    case "decimal":
    case "amount":
      return { type: "decimal", min: column.min ?? 0 };
    case "date":
      return { type: "date", min: DATE_RANGE.min, max: DATE_RANGE.max };
    case "bin":
    case "binOrIin":
      return { type: "textLength", length: 12 };
    default:
      return { type: "any" };
  }
}

/** The dropdown or constraint Excel enforces on the column's cells, with the prompt in the template's language. */
export function columnValidation(
  column: Column,
  range: string,
  lang: Lang,
  lists: ListRanges,
  at: ColumnRef,
): ValidationSpec {
  const hint = typeHint(column, lang);
  const prompt = [column.hint?.[lang], hint, column.required ? t(lang, "hint.required") : null]
    .filter(Boolean)
    .join(" ");
  const title = column.labels[lang];
  return {
    range,
    rule: rule(column, lists, at),
    ...(prompt && { prompt }),
    promptTitle: title.length <= PROMPT_LIMITS.title ? title : `${title.slice(0, PROMPT_LIMITS.title - 1)}…`,
    ...(hint && {
      error: [column.hint?.[lang], hint].filter(Boolean).join(" "),
      errorTitle: t(lang, "template.wrongValueTitle"),
    }),
  };
}
