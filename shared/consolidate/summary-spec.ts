import type { FormDef } from "../forms";
import { orgs, SUMMARY_FORMS, SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import { tsum } from "../i18n/summary-text";
import { cellStyle, HEADER_STYLE, LAYOUT, NOTE_STYLE, TITLE_STYLE } from "../xlsx/form-layout";
import { metaSheet } from "../xlsx/meta-sheet";
import { rangeRef } from "../xlsx/a1";
import { EXCEL_LIMITS } from "../xlsx/excel-limits";
import { rowHeight, wrappedLines } from "../xlsx/row-height";
import type { SheetSpec, WorkbookSpec } from "../xlsx/workbook-spec";

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
  rowsPerSheet = EXCEL_LIMITS.rows - LAYOUT.headerRow,
): TablePart[] {
  return SUMMARY_FORMS.flatMap((form) => {
    const count = Math.max(1, Math.ceil((rows[form.id] ?? 0) / rowsPerSheet));
    return Array.from({ length: count }, (_, i) => {
      const part = i + 1;
      const suffix = part === 1 ? "" : ` ${part}`;
      return {
        form,
        table: part === 1 ? form.id : `${form.id}_${part}`,
        sheet: `${form.sheet[lang].slice(0, EXCEL_LIMITS.sheetName - suffix.length)}${suffix}`,
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

/** What every sheet of a summary says of it: how many organizations and files, and its period and date. */
export interface SummaryAbout {
  readonly orgs: number;
  readonly files: number;
  /** The period and the date of the data, printed in every page's header. */
  readonly heading: string;
  /** The department's name as it gave it (`--department`), kept in `_meta` for the department's report. */
  readonly department: string | null;
}

/** The summary's sheets, tables and formats, after its overview; every table's rows are streamed in afterwards. */
export function summarySpec(
  lang: WorkbookLang,
  parts: readonly TablePart[],
  about: SummaryAbout,
  overview: SheetSpec,
): WorkbookSpec {
  return {
    title: orgs.title[lang],
    date: SUMMARY_DATE,
    sheets: [
      { ...overview, pageHeader: { left: tsum(lang, "overview.title"), right: about.heading } },
      ...parts.map((part) => partSheet(part, lang, about)),
      metaSheet(SUMMARY_TEMPLATE, lang, about.department),
    ],
  };
}

/** Characters of column width that print legibly across a landscape A4 page. */
const PAGE_WIDTH = 250;

/** Hash-like columns: kept for checking a file, hidden so they print on no page. */
const HIDDEN = new Set(["sha256", "source_sha256"]);

function partSheet(part: TablePart, lang: WorkbookLang, about: SummaryAbout): SheetSpec {
  const { form } = part;
  const note =
    part.part === 1
      ? tsum(lang, "summary.note", { orgs: about.orgs, files: about.files })
      : tsum(lang, "summary.part", { table: form.sheet[lang], part: part.part });
  // Headers are bold: wider letters, fewer to a line.
  const headerLines = Math.max(...form.columns.map((c) => wrappedLines(c.labels[lang], c.width * 0.85)));
  const printed = form.columns.filter((c) => !HIDDEN.has(c.key)).reduce((sum, c) => sum + c.width, 0);
  const pagesWide = Math.ceil(printed / PAGE_WIDTH);
  // A table printed on several pages across repeats who each row is about.
  const named = form.columns[0]?.key === "org_bin" && form.columns[1]?.key === "org_name";
  return {
    name: part.sheet,
    state: "visible",
    columns: form.columns.map((c) => ({ width: c.width, ...(HIDDEN.has(c.key) && { hidden: true }) })),
    rowHeights: [{ row: LAYOUT.headerRow, height: rowHeight(headerLines) }],
    pageHeader: { left: form.title[lang], right: about.heading },
    cells: [
      { row: LAYOUT.titleRow, col: 1, value: form.title[lang], style: TITLE_STYLE },
      { row: LAYOUT.noteRow, col: 1, value: [note, about.heading].filter(Boolean).join(" "), style: NOTE_STYLE },
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
    ...(pagesWide > 1 && { pagesWide, ...(named && { printTitleColumns: "A:B" }) }),
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
