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

export interface FileFault {
  readonly code: FileFaultCode;
  /** Codes and numbers only, never user text: `kind` (what the file looks like), `limit`, `detail`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Thrown inside the reader, turned into a result at its edge. */
export class FileFaultError extends Error {
  constructor(readonly fault: FileFault) {
    super(fault.code);
  }
}

export function fail(code: FileFaultCode, params?: FileFault["params"]): never {
  throw new FileFaultError(params ? { code, params } : { code });
}
