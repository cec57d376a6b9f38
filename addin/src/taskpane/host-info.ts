import { EXCEL_API_VERSIONS } from "../port/requirements";

/** What the pane knows of the program it runs in: for the tabs' requirement checks and the About panel. */
export interface HostInfo {
  /** Whether the host has this version of the ExcelApi requirement set. */
  supports(version: string): boolean;
  readonly host: string;
  readonly platform: string;
  readonly officeVersion: string;
  readonly displayLanguage: string;
}

/** The ExcelApi versions the host has, as `ExcelApi 1.1–1.17`. */
export function apiSetsText(host: HostInfo): string {
  const found = EXCEL_API_VERSIONS.filter((version) => host.supports(version));
  if (found.length === 0) return "ExcelApi —";
  return found.length === 1 ? `ExcelApi ${found[0]}` : `ExcelApi ${found[0]}–${found.at(-1)}`;
}

/** `1.12` against `1.9`, as numbers per part. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
