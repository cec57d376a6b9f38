/// <reference types="office-js" />

/** The API set that inserts sheets from a file: Excel 2016 and 2019 without updates lack it. */
export const INSERT_REQUIREMENT = { name: "ExcelApi", version: "1.13" } as const;

/** Inserts a file's sheets at the end of the workbook; returns their names as Excel gave them. */
export async function insertSheets(context: Excel.RequestContext, base64: string): Promise<string[]> {
  const ids = context.workbook.insertWorksheetsFromBase64(base64);
  await context.sync();
  const sheets = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
  await context.sync();
  return sheets.map((sheet) => sheet.name);
}
