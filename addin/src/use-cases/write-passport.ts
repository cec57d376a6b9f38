import type { CellInput, WorkbookPort } from "../port/workbook-port";
import { passportCells } from "./passport-cells";

export type PassportWrite = { readonly ok: true; readonly count: number } | { readonly ok: false };

/** Writes fields' values into the Passport's value cells; a field whose row is gone is left out. */
export async function writePassport(
  port: WorkbookPort,
  values: ReadonlyMap<string, Exclude<CellInput, null>>,
): Promise<PassportWrite> {
  const found = passportCells(await port.readSnapshot());
  if (!found) return { ok: false };
  const cells = [...values].flatMap(([key, value]) => {
    const cell = found.cells.get(key);
    return cell ? [{ sheet: found.sheet, address: cell.address, value }] : [];
  });
  // The Passport's sheet can be renamed or deleted between the read and the write.
  const written = await port.writeCells(cells);
  return written.ok ? { ok: true, count: cells.length } : { ok: false };
}
