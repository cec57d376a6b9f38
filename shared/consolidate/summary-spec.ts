import type { FormDef } from "../forms";
import { orgs, SUMMARY_FORMS, SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import { t } from "../i18n/translate";
import { cellStyle, HEADER_STYLE, LAYOUT, NOTE_STYLE, TITLE_STYLE } from "../xlsx/form-layout";
import { metaSheet } from "../xlsx/meta-sheet";
import { rangeRef } from "../xlsx/a1";
import type { SheetSpec, WorkbookSpec } from "../xlsx/workbook-spec";

/** Excel's rows per sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** The summary carries one fixed date, so the same inputs give the same bytes. */
const SUMMARY_DATE = new Date("2026-01-01T00:00:00Z");

/** One sheet of a summary table: the whole table, or a part of one too long for a sheet. */
export interface TablePart {
  readonly form: FormDef;
  /** The Excel table's name: the form's id, then `AllContracts_2`, `AllContracts_3`, ... */
  readonly table: string;
  readonly sheet: string;
  /** 1 for the table itself. */
  readonly part: number;
}

/** Each summary table in as many parts as its rows need, in sheet order. */
export function tableParts(
  lang: WorkbookLang,
  rows: Readonly<Record<string, number>>,
  rowsPerSheet = EXCEL_MAX_ROWS - LAYOUT.headerRow,
): TablePart[] {
  return SUMMARY_FORMS.flatMap((form) => {
    const count = Math.max(1, Math.ceil((rows[form.id] ?? 0) / rowsPerSheet));
    return Array.from({ length: count }, (_, i) => {
      const part = i + 1;
      const suffix = part === 1 ? "" : ` ${part}`;
      return {
        form,
        table: part === 1 ? form.id : `${form.id}_${part}`,
        sheet: `${form.sheet[lang].slice(0, 31 - suffix.length)}${suffix}`,
        part,
      };
    });
  });
}

// Orgs' key figures get data bars: the eye finds the outliers before reading a number.
const BARS: readonly (readonly [string, string])[] = [
  ["turnover", "FF5B9BD5"],
  ["risk_positions", "FFED7D31"],
  ["direct_subordination", "FFED7D31"],
  ["services_late", "FFED7D31"],
  ["contracts_amount", "FF70AD47"],
  ["risks_count", "FFED7D31"],
];

/** The summary's sheets, tables and formats, after its overview; every table's rows are streamed in afterwards. */
export function summarySpec(
  lang: WorkbookLang,
  parts: readonly TablePart[],
  counts: { readonly orgs: number; readonly files: number },
  overview: SheetSpec,
): WorkbookSpec {
  return {
    title: orgs.title[lang],
    date: SUMMARY_DATE,
    sheets: [overview, ...parts.map((part) => partSheet(part, lang, counts)), metaSheet(SUMMARY_TEMPLATE, lang)],
  };
}

function partSheet(part: TablePart, lang: WorkbookLang, counts: { orgs: number; files: number }): SheetSpec {
  const { form } = part;
  const note =
    part.part === 1
      ? t(lang, "summary.note", counts)
      : t(lang, "summary.part", { table: form.sheet[lang], part: part.part });
  return {
    name: part.sheet,
    state: "visible",
    columns: form.columns.map((c) => ({ width: c.width })),
    cells: [
      { row: LAYOUT.titleRow, col: 1, value: form.title[lang], style: TITLE_STYLE },
      { row: LAYOUT.noteRow, col: 1, value: note, style: NOTE_STYLE },
    ],
    tables: [
      {
        name: part.table,
        top: LAYOUT.headerRow,
        left: 1,
        headers: form.columns.map((c) => c.labels[lang]),
        rows: [],
        streamed: true,
        columnStyles: form.columns.map(cellStyle),
      },
    ],
    formats: [{ range: rangeRef(LAYOUT.headerRow, 1, LAYOUT.headerRow, form.columns.length), style: HEADER_STYLE }],
    validations: [],
    frozenRows: LAYOUT.headerRow,
    printTitleRows: `${LAYOUT.headerRow}:${LAYOUT.headerRow}`,
    landscape: true,
    ...(form === orgs && {
      dataBars: BARS.map(([key, color]) => ({
        table: part.table,
        column: form.columns.findIndex((c) => c.key === key),
        color,
      })),
    }),
  };
}
