/// <reference types="office-js" />

/** Inserts a file's sheets at the end of the workbook; returns their names as Excel gave them. */
export async function insertSheets(context: Excel.RequestContext, base64: string): Promise<string[]> {
  const ids = context.workbook.insertWorksheetsFromBase64(base64);
  await context.sync();
  const sheets = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
  await context.sync();
  return sheets.map((sheet) => sheet.name);
}
