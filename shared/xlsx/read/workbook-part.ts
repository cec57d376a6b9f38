import { parsePart } from "./fast-xml";
import type { Archive } from "./unzip";
import { MAIN_NS, REL_NS, STOP_PARSING } from "./xml";

export interface SheetEntry {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly relId: string;
}

export interface WorkbookPart {
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
}

/** `xl/workbook.xml`: the sheets in tab order and the date system; null when the part is something else. */
export function readWorkbookPart(archive: Archive, part: string): WorkbookPart | null {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let root = true;
  const found = parsePart(archive, part, {
    open(ns, name, attrs, attrNS) {
      if (root && (ns !== MAIN_NS || name !== "workbook")) throw STOP_PARSING;
      root = false;
      if (ns !== MAIN_NS) return;
      if (name === "workbookPr") date1904 = isTrue(attrs.date1904);
      else if (name === "sheet") {
        const state = attrs.state === "hidden" || attrs.state === "veryHidden" ? attrs.state : "visible";
        sheets.push({ name: attrs.name ?? "", state, relId: attrNS(attrs, REL_NS, "id") ?? "" });
      }
    },
    close() {},
  });
  return found && !root ? { date1904, sheets } : null;
}

/** xsd:boolean: `1` or `true`. */
function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
