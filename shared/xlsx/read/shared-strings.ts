import { afterDeclaration, parsePart, plainText, unescapeXml } from "./fast-xml";
import type { Archive } from "./unzip";
import { MAIN_NS, MAX_TEXT_RUN } from "./xml";

// The table as Excel and exceljs write it: plain items, one run of text each, nothing between them.
const SST_START =
  /[ \t\n]*<sst xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"(?: count="[0-9]{1,10}")?(?: uniqueCount="[0-9]{1,10}")?>/y;
const ITEM = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>|<si><t\/><\/si>/y;
const SST_END = /<\/sst>[ \t\n]*$/y;

/** `xl/sharedStrings.xml`: each `si` is its text, rich-text runs joined; phonetic runs (`rPh`) are not text. */
export function readSharedStrings(archive: Archive, part: string | undefined): string[] {
  let strings: string[] = [];
  if (part === undefined) return strings;
  const scan = (xml: string) => {
    const found = scanSharedStrings(xml);
    if (found) strings = found;
    return found !== null;
  };
  let text = "";
  let inText = false;
  let phonetic = 0;
  parsePart(
    archive,
    part,
    {
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
    },
    scan,
  );
  return strings;
}

/**
 * The strings of a table laid out as ITEM after ITEM, one regular expression each instead of five events; null
 * for anything else (rich text, phonetic runs, another namespace's prefix), which the tokenizer or saxes reads.
 * Whatever it accepts is well formed, and read as they read it.
 */
export function scanSharedStrings(xml: string): string[] | null {
  if (!plainText(xml)) return null;
  const start = afterDeclaration(xml);
  if (start < 0) return null;
  SST_START.lastIndex = start;
  if (!SST_START.test(xml)) return null;
  let pos = SST_START.lastIndex;
  const strings: string[] = [];
  for (;;) {
    ITEM.lastIndex = pos;
    const item = ITEM.exec(xml);
    if (item === null) break;
    pos = ITEM.lastIndex;
    const raw = item[1] ?? "";
    const text = raw.length > MAX_TEXT_RUN ? null : unescapeXml(raw);
    if (text === null) return null;
    strings.push(unescapeXstring(text));
  }
  SST_END.lastIndex = pos;
  return SST_END.test(xml) ? strings : null;
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return; `_x005F_` is `_`). */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
