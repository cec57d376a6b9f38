import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { consolidateFiles } from "../consolidation/consolidate-files";
import type { WorkbookPort } from "../port/workbook-port";

/** What the pane does to the world, given by the entry: Excel or the workbench, the bundle's files. */
export interface PaneServices {
  readonly port: WorkbookPort;
  /** A template's file, as base64 for `insertSheets`. */
  readonly template: (lang: WorkbookLang) => Promise<string>;
  /** Where the template file is, for hosts that cannot insert sheets. */
  readonly templateUrl: (lang: WorkbookLang) => string;
  /** The consolidation engine; the entry loads it (and exceljs) only when called. */
  readonly consolidate: typeof consolidateFiles;
}
