/**
 * Why a whole file cannot be read. Codes are stable: messages are `file.<code>` in the catalogue,
 * or `file.<code>.<kind>` where a kind of file has advice of its own.
 */
export const FILE_FAULTS = [
  "file_empty",
  "file_not_zip",
  "file_ole",
  "file_corrupt",
  "file_not_workbook",
  "file_too_large",
  "file_zip_bomb",
  "file_too_many_cells",
  "file_xml_dtd",
  "file_xml_malformed",
] as const;
export type FileFaultCode = (typeof FILE_FAULTS)[number];

/** What a file that is no zip looks like, by its first bytes. */
export type NotZipKind = "csv" | "html" | "xml" | "text" | "pdf" | "rtf" | "image" | "binary";
/** What a zip that is no .xlsx workbook is instead. */
export type NotWorkbookKind = "xlsb" | "docx" | "pptx" | "ods" | "zip";

type NoParams = Record<never, never>;

/**
 * Each fault's parameters: codes and numbers only, never user text. The finding codes' catalogue
 * (shared/findings/codes.ts) takes them from here.
 */
export interface FileFaultParams {
  file_empty: NoParams;
  file_not_zip: { kind: NotZipKind };
  file_ole: NoParams;
  /** What broke, in the reader's words: kept with the finding, not shown in its message. */
  file_corrupt: { detail: string };
  file_not_workbook: { kind: NotWorkbookKind };
  file_too_large: { limitMb: number };
  /** Which bound the unpacked data passed: all parts together, one part's ratio, or one run of text. */
  file_zip_bomb: { limit: "total" | "ratio" | "text" };
  file_too_many_cells: { limit: number };
  file_xml_dtd: NoParams;
  file_xml_malformed: { detail: string };
}

/** A fault of one code, with that code's parameters (none where it has none). */
export type FileFault = {
  [C in FileFaultCode]: NoParams extends FileFaultParams[C]
    ? { readonly code: C; readonly params?: undefined }
    : { readonly code: C; readonly params: Readonly<FileFaultParams[C]> };
}[FileFaultCode];

/** Thrown inside the reader, turned into a result at its edge. */
export class FileFaultError extends Error {
  constructor(readonly fault: FileFault) {
    super(fault.code);
  }
}

export function fail<C extends FileFaultCode>(
  code: C,
  ...params: NoParams extends FileFaultParams[C] ? [] : [params: FileFaultParams[C]]
): never {
  const [given] = params;
  throw new FileFaultError((given ? { code, params: given } : { code }) as FileFault);
}
