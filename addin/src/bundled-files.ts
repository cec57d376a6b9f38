import type { WorkbookLang } from "../../shared/i18n";
import { bytesToBase64 } from "./port/base64";

/** The committed templates, emitted beside the bundle (not inlined: the first chunk stays small). */
const TEMPLATE_URLS: Readonly<Record<WorkbookLang, URL>> = {
  kk: new URL("../../workbook-templates/vakr-kk.xlsx", import.meta.url),
  ru: new URL("../../workbook-templates/vakr-ru.xlsx", import.meta.url),
};

export const templateUrl = (lang: WorkbookLang): string => TEMPLATE_URLS[lang].href;

/** A template's file from the add-in's own origin, as base64 for `insertSheets`. */
export async function templateBase64(lang: WorkbookLang): Promise<string> {
  const response = await fetch(TEMPLATE_URLS[lang]);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${response.url}`);
  return bytesToBase64(new Uint8Array(await response.arrayBuffer()));
}
