/// <reference types="office-js" />

/** Inserts a file's sheets at the end of the workbook; returns their names as Excel gave them. */
export async function insertSheets(context: Excel.RequestContext, base64: string): Promise<string[]> {
  const ids = context.workbook.insertWorksheetsFromBase64(base64);
  await context.sync();
  const sheets = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
  await context.sync();
  return sheets.map((sheet) => sheet.name);
}

/** Deletes the sheets of these names (any case) that the workbook has: one load, then every delete in one sync. */
export async function deleteSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const doomed = sheets.items.filter((sheet) => wanted.has(sheet.name.toLowerCase()));
  // excel.worksheet#delete (ExcelApi 1.1): queued here, sent by the one sync below.
  for (const sheet of doomed) sheet.delete();
  await context.sync();
  return doomed.map((sheet) => sheet.name);
}
