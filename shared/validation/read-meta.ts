import { cellText } from "../values";
import { parseCellRef } from "../xlsx/a1";
import { META_TABLE } from "../xlsx/meta-sheet";
import { cellAt, type WorkbookSnapshot } from "../xlsx/snapshot";

export { META_TABLE };

/** The `Meta` table's key/value rows; null when the workbook has none (not made from our template). */
export function readMeta(snapshot: WorkbookSnapshot): ReadonlyMap<string, string> | null {
  for (const sheet of snapshot.sheets) {
    const table = sheet.tables.find((t) => t.name === META_TABLE);
    const [from = "", to = ""] = table?.ref.split(":") ?? [];
    const top = parseCellRef(from);
    const bottom = parseCellRef(to);
    if (!top || !bottom) continue;
    const meta = new Map<string, string>();
    for (let r = top.row + 1; r <= bottom.row; r++) {
      const key = cellText(cellAt(sheet, r, top.col));
      if (key !== "") meta.set(key, cellText(cellAt(sheet, r, top.col + 1)));
    }
    return meta;
  }
  return null;
}
