import { isDateFormat } from "./date-format";
import { parsePart } from "./fast-xml";
import type { Archive } from "./unzip";
import { MAIN_NS } from "./xml";

/** Excel's built-in number formats that show dates or times (ids 27-36 and 50-58: East Asian dates). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** `xl/styles.xml`: for each cell format (the `s` of a cell), whether it shows a date. */
export function readDateStyles(archive: Archive, part: string | undefined): boolean[] {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  if (part !== undefined)
    parsePart(archive, part, {
      open(ns, name, attrs) {
        if (ns !== MAIN_NS) return;
        if (name === "numFmt") custom.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) xfFormats.push(Number(attrs.numFmtId ?? 0));
      },
      close(ns, name) {
        if (ns === MAIN_NS && name === "cellXfs") inCellXfs = false;
      },
    });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code === undefined ? isBuiltInDate(id) : isDateFormat(code);
  });
}
