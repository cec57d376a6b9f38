import ExcelJS from "exceljs";
import { strToU8, unzipSync, type Unzipped } from "fflate";
import { columnLetters, parseCellRef } from "./a1";
import { zipDeterministic } from "./deterministic-zip";
import { addCharts } from "./write/chart-xml";
import { dataBarsXml, insertConditionalFormats, lastRowWritten } from "./write/data-bars";
import { partText, sheetParts } from "./write/skeleton";
import type { CellStyle, SheetSpec, SpecValue, ValidationSpec, WorkbookSpec } from "./workbook-spec";

/**
 * The one place a WorkbookSpec meets exceljs: the same spec gives the same bytes. A streamed table gets one
 * prototype row of empty cells in its columns' styles: `writeStreamedXlsx` puts the rows in its place.
 */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  return zipDeterministic(await specParts(spec), spec.date);
}

/**
 * The spec's parts as exceljs writes them (stored, not deflated: they are zipped once, by the caller), with
 * the data bars and charts exceljs cannot write. `streaming`: a sheet with a streamed table gets its data bars
 * from `writeStreamedXlsx`, once its last row is known.
 */
export async function specParts(spec: WorkbookSpec, streaming = false): Promise<Unzipped> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Adal";
  workbook.lastModifiedBy = "Adal";
  workbook.title = spec.title;
  workbook.created = spec.date;
  workbook.modified = spec.date;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const parts = unzipSync(new Uint8Array(buffer as ArrayBuffer));
  if (!spec.sheets.some((sheet) => sheet.dataBars?.length || sheet.charts?.length)) return parts;
  const located = sheetParts(parts);
  located.forEach(({ sheet: part }, i) => {
    const sheet = spec.sheets[i];
    if (!sheet?.dataBars?.length || (streaming && sheet.tables.some((t) => t.streamed))) return;
    parts[part] = strToU8(insertConditionalFormats(partText(parts, part), dataBarsXml(sheet, lastRowWritten)));
  });
  addCharts(
    parts,
    located.map(({ sheet: part }, i) => ({ part, charts: spec.sheets[i]?.charts ?? [] })),
  );
  return parts;
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.state,
    views: spec.frozenRows ? [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }] : [],
    pageSetup: {
      // A4, the paper of Kazakhstan's offices: without it programs print on their own default, often US Letter.
      paperSize: 9,
      orientation: spec.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: spec.pagesWide ?? 1,
      fitToHeight: spec.onePage ? 1 : 0,
      ...(spec.printTitleRows && { printTitlesRow: spec.printTitleRows }),
      ...(spec.printTitleColumns && { printTitlesColumn: spec.printTitleColumns }),
    },
  });
  if (spec.pageHeader) {
    // `&` starts a code in a header: a literal one is doubled.
    const text = (s: string) => s.replace(/&/g, "&&");
    sheet.headerFooter.oddHeader = `&L${text(spec.pageHeader.left)}&R${text(spec.pageHeader.right)}`;
  }
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const table of spec.tables) {
    if (table.streamed && table.rows.length > 0)
      throw new Error(`table ${table.name} is streamed: its rows come later`);
    sheet.addTable({
      name: table.name,
      displayName: table.name,
      ref: `${columnLetters(table.left)}${table.top}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows: table.streamed ? [table.headers.map(() => null)] : table.rows.map((row) => row.map(toExcelValue)),
    });
    // Cell by cell: exceljs writes a table column's `style` as an attribute openpyxl refuses.
    const dataRows = table.streamed ? 1 : table.rows.length;
    table.columnStyles?.forEach((style, c) => {
      if (!style) return;
      for (let r = 1; r <= dataRows; r++) applyStyle(sheet.getCell(table.top + r, table.left + c), style);
    });
  }
  for (const cell of spec.cells) {
    const target = sheet.getCell(cell.row, cell.col);
    target.value = toExcelValue(cell.value);
    if (cell.style) applyStyle(target, cell.style);
  }
  for (const format of spec.formats) {
    forEachCell(sheet, format.range, (cell) => applyStyle(cell, format.style));
  }
  for (const { row, height } of spec.rowHeights ?? []) sheet.getRow(row).height = height;
  // exceljs keeps validations per address; a range address is written as one bounded sqref.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const validation of spec.validations) validations.add(validation.range, toDataValidation(validation));
}

function toExcelValue(value: SpecValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object")
    return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  return value;
}

function forEachCell(sheet: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  const [from = "", to = from] = range.split(":");
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) throw new Error(`not a range: ${range}`);
  for (let row = a.row; row <= b.row; row++) {
    for (let col = a.col; col <= b.col; col++) visit(sheet.getCell(row, col));
  }
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.bold || style.italic || style.size || style.color) {
    cell.font = {
      ...cell.font,
      ...(style.bold && { bold: true }),
      ...(style.italic && { italic: true }),
      ...(style.size && { size: style.size }),
      ...(style.color && { color: { argb: style.color } }),
    };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
  if (style.border) {
    const thin = { style: "thin", color: { argb: "FFA6A6A6" } } as const;
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.wrap || style.verticalTop) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap && { wrapText: true }),
      ...(style.verticalTop && { vertical: "top" }),
    };
  }
}

function toDataValidation(spec: ValidationSpec): ExcelJS.DataValidation {
  const messages = {
    showInputMessage: spec.prompt !== undefined,
    ...(spec.prompt && { prompt: spec.prompt }),
    ...(spec.promptTitle && { promptTitle: spec.promptTitle }),
    ...(spec.error && { error: spec.error }),
    ...(spec.errorTitle && { errorTitle: spec.errorTitle }),
  };
  // Numbers, dates, lengths and formulas only warn: Adal's own validation reads more than Excel accepts.
  const warns = { allowBlank: true, showErrorMessage: true, errorStyle: "warning", ...messages } as const;
  const { rule } = spec;
  switch (rule.type) {
    case "any":
      // exceljs writes a prompt-only validation for "any", though its types do not list it.
      return { type: "any", ...messages } as unknown as ExcelJS.DataValidation;
    case "list":
      // A list that also takes free text only suggests: Excel then shows no error at all.
      return { ...warns, type: "list", formulae: [rule.source], showErrorMessage: rule.strict, errorStyle: "stop" };
    case "whole":
    case "decimal":
      return { ...warns, type: rule.type, operator: "greaterThanOrEqual", formulae: [rule.min] };
    case "date":
      return { ...warns, type: "date", operator: "between", formulae: [rule.min, rule.max] };
    case "custom":
      return { ...warns, type: "custom", formulae: [rule.formula] };
    case "textLength":
      return { ...warns, type: "textLength", operator: "equal", formulae: [rule.length] };
  }
}
