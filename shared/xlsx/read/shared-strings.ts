import { parsePart } from "./fast-xml";
import type { Archive } from "./unzip";
import { MAIN_NS } from "./xml";

/** `xl/sharedStrings.xml`: each `si` is its text, rich-text runs joined; phonetic runs (`rPh`) are not text. */
export function readSharedStrings(archive: Archive, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let text = "";
  let inText = false;
  let phonetic = 0;
  parsePart(archive, part, {
    open(ns, name) {
      if (ns !== MAIN_NS) return;
      if (name === "si") text = "";
      else if (name === "t") inText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    close(ns, name) {
      if (ns !== MAIN_NS) return;
      if (name === "si") strings.push(unescapeXstring(text));
      else if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
    },
    text(piece) {
      if (inText) text += piece;
    },
  });
  return strings;
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return; `_x005F_` is `_`). */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
