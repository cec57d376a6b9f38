import { LISTS, type Column, type FormDef, valueColumns } from "../../shared/forms";
import type { WorkbookLang } from "../../shared/i18n/lang";
import { t } from "../../shared/i18n/translate";
import { cellRef, rangeRef } from "../../shared/xlsx/a1";
import type { SheetSpec, SpecValue } from "../../shared/xlsx/workbook-spec";
import { cellStyle, HEADER_STYLE, LAYOUT, NOTE_STYLE, TITLE_STYLE } from "../../shared/xlsx/form-layout";
import { columnValidation } from "./column-input";
import type { ListRanges } from "./lists-sheet";

/** The sheet column (1-based) of a form's column. */
const columnNumberOf = (form: FormDef, key: string) => form.columns.findIndex((c) => c.key === key) + 1;

/** `=IF(COUNT(C4,D4,E4)=0,"",SUM(C4,D4,E4))`: empty until a part is filled, so blank rows stay blank. */
function sumFormula(form: FormDef, column: Column, row: number): SpecValue {
  const refs = (column.sumOf ?? []).map((key) => cellRef(row, columnNumberOf(form, key))).join(",");
  return { formula: `IF(COUNT(${refs})=0,"",SUM(${refs}))`, result: "" };
}

function tableRows(form: FormDef, lang: WorkbookLang): SpecValue[][] {
  switch (form.layout) {
    case "rows":
      return Array.from({ length: form.capacity }, (_, i) =>
        form.columns.map((c) => (c.sumOf ? sumFormula(form, c, LAYOUT.firstDataRow + i) : null)),
      );
    case "fixed": {
      const list = LISTS[form.rowsFrom];
      // The code column holds the number, the label column the direction's name in the template's language.
      return list.items.map((item) => [Number(item.code), item.labels[lang], ...form.columns.slice(2).map(() => null)]);
    }
    case "fields":
      return form.fields.map((f) => [f.key, f.labels[lang], null]);
  }
}

/** Lines a wrapped text needs at a column's width: Excel and LibreOffice keep a written row height, not the text's. */
function linesOf(value: SpecValue, width: number): number {
  return typeof value === "string" ? Math.ceil((value.length * 1.1) / Math.max(width - 1, 1)) : 1;
}

/** The height of a row holding these values in columns of these widths (null: hidden): 15 points a line. */
function heightOf(values: readonly SpecValue[], widths: readonly (number | null)[]): number {
  const lines = values.map((v, i) => {
    const width = widths[i];
    return width ? linesOf(v, width) : 1;
  });
  return Math.max(1, ...lines) * 15 + 3;
}

export function formSheet(form: FormDef, lang: WorkbookLang, lists: ListRanges): SheetSpec {
  const rows = tableRows(form, lang);
  const first = LAYOUT.firstDataRow;
  const last = first + rows.length - 1;
  const columnRange = (i: number) => rangeRef(first, i + 1, last, i + 1);
  const firstCellOf = (key: string) => cellRef(first, columnNumberOf(form, key));
  // A vertical form's values stand in column 3, one row per field.
  const valueCellOf = (key: string) => cellRef(first + valueColumns(form).findIndex((f) => f.key === key), 3);
  const headers = form.columns.map((c) => c.labels[lang]);
  const isFields = form.layout === "fields";
  // The vertical form's field-key column is machine data: kept, but out of the way (hidden).
  const widths = form.columns.map((c, i) => (isFields && i === 0 ? null : c.width));
  // Rows the template fills (Directions, Passport) get their height and borders; user rows grow as typed.
  const prefilled = form.layout !== "rows";

  return {
    name: form.sheet[lang],
    state: "visible",
    columns: form.columns.map((c, i) => ({ width: c.width, ...(widths[i] === null && { hidden: true }) })),
    cells: [
      { row: LAYOUT.titleRow, col: isFields ? 2 : 1, value: form.title[lang], style: TITLE_STYLE },
      {
        row: LAYOUT.noteRow,
        col: isFields ? 2 : 1,
        value: t(lang, isFields ? "template.passportInstructions" : "template.instructions"),
        style: NOTE_STYLE,
      },
    ],
    rowHeights: [
      { row: LAYOUT.headerRow, height: heightOf(headers, widths) },
      ...(prefilled ? rows.map((values, i) => ({ row: first + i, height: heightOf(values, widths) })) : []),
    ],
    tables: [{ name: form.id, top: LAYOUT.headerRow, left: 1, headers, rows }],
    formats: [
      { range: rangeRef(LAYOUT.headerRow, 1, LAYOUT.headerRow, form.columns.length), style: HEADER_STYLE },
      ...(isFields
        ? form.fields.flatMap((f, i) => [
            {
              range: cellRef(first + i, 2),
              style: { wrap: true, verticalTop: true, border: true, ...(f.required && { bold: true }) },
            },
            { range: cellRef(first + i, 3), style: { ...cellStyle(f), wrap: true, border: true } },
          ])
        : form.columns.map((c, i) => ({
            range: columnRange(i),
            style: { ...cellStyle(c), ...(prefilled && { border: true }) },
          }))),
    ],
    validations: isFields
      ? form.fields.map((f, i) => columnValidation(f, cellRef(first + i, 3), lang, lists, valueCellOf))
      : form.columns.flatMap((c, i) =>
          c.fixed ? [] : [columnValidation(c, columnRange(i), lang, lists, firstCellOf)],
        ),
    frozenRows: LAYOUT.headerRow,
    printTitleRows: `${LAYOUT.headerRow}:${LAYOUT.headerRow}`,
    landscape: !isFields,
  };
}
