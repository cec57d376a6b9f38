import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../filled-spec";
import { type SampleOptions, sampleOrg } from "./sample-org";

/** A sample organization's workbook as an .xlsx file: the same seed and options give the same bytes. */
export async function sampleWorkbook(seed: number, options: SampleOptions = {}): Promise<Uint8Array> {
  const org = sampleOrg(seed, options);
  return writeXlsx(filledSpec("vakr", org.lang, org.entries));
}
