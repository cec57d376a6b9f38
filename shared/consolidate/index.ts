// What the pane and the command line use of the consolidation; the rest is its own business.
export {
  consolidate,
  ledgerJson,
  RosterUnusable,
  type ConsolidateOptions,
  type Consolidation,
  type Progress,
} from "./consolidate";
export type { Decision } from "./decide";
export { examineFile, unopenedFile, type ReceivedFile } from "./examine";
export { whomToAsk, type Examined } from "./examined";
export { lastFileOf, missingNote, placeOf, type LedgerEntry } from "./intake";
export { orgNameIn } from "./names";
export type { DeflateRaw, InflateLater } from "./pack";
