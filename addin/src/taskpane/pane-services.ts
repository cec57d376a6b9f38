import type { WorkbookLang } from "../../../shared/i18n";
import type { ConsolidateOptions, Consolidation, ReceivedFile } from "../../../shared/consolidate";
import type { WorkbookPort } from "../port/workbook-port";
import type { HostInfo } from "./host-info";

/** What the pane does to the world, given by the entry: Excel or the workbench, the bundle's files. */
export interface PaneServices {
  readonly port: WorkbookPort;
  /** The program the pane runs in: its API sets, for each tab's needs, and what the About panel shows. */
  readonly host: HostInfo;
  /** A template's file, as base64 for `insertSheets`. */
  readonly template: (lang: WorkbookLang) => Promise<string>;
  /** Where the template file is, for hosts that cannot insert sheets. */
  readonly templateUrl: (lang: WorkbookLang) => string;
  /** Where the roster template is, to download; the entry loads the answer with the Consolidate tab's needs. */
  readonly rosterTemplateUrl: (lang: WorkbookLang) => Promise<string>;
  /** The consolidation engine; the entry loads it (and exceljs) only when called. */
  readonly consolidate: (files: readonly ReceivedFile[], options: ConsolidateOptions) => Promise<Consolidation>;
}
