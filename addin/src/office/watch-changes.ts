/// <reference types="office-js" />
import type { ExcelHost } from "./excel-host";

/** Where a host gives worksheet change events: `WorksheetCollection.onChanged` is ExcelApi 1.9. */
const EVENTS = { name: "ExcelApi", version: "1.9" } as const;

/**
 * Tells the listener when the workbook changes, with the changed sheet's name. Without change events (an older
 * Excel), every return of the focus to the pane counts as a change: the user may have edited meanwhile.
 * Returns the function that stops telling.
 */
export function watchChanges(host: ExcelHost, listener: (sheet: string | null) => void): () => void {
  let watching = true;
  if (!host.isSetSupported(EVENTS.name, EVENTS.version)) {
    const onFocus = () => listener(null);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs: the event names the
  // sheet by id; its name is read in a batch of its own, as a handler runs outside the batch that added it.
  const changed = async (event: Excel.WorksheetChangedEventArgs) => {
    if (!watching) return;
    const name = await host
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(event.worksheetId).load("name");
        await context.sync();
        return sheet.name;
      })
      .catch(() => null);
    if (watching) listener(name);
  };
  void host
    .run(async (context) => {
      context.workbook.worksheets.onChanged.add(changed);
      await context.sync();
    })
    // Unwatched, the verdict stays until the next check, as before.
    .catch(() => undefined);
  return () => {
    watching = false;
  };
}
