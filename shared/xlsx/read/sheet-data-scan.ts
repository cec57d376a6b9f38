import { columnNumber } from "../a1";
import { REFUSED_CHARS, unescapeXml } from "./fast-xml";
/**
 * A fast path through `sheetData` as Excel, exceljs and LibreOffice write it: rows and cells with their
 * addresses and attributes in the usual order, values in `<v>` or a plain inline string (as summaries are
 * written), formulas before them. One regular expression per row or cell instead of an XML event per tag.
 * Anything else it meets (rich text, a comment, a cell without its address, an unknown entity) makes it
 * give up, and saxes reads the part.
 */

/** What a scanned cell is: its row and column (1-based), type and style attributes, `<v>` text, inline text. */
export type ScannedCell = (
  row: number,
  col: number,
  type: string,
  style: number,
  value: string | undefined,
  inline: string | undefined,
) => void;

// A row of blank formatted cells (a template's prepared rows) is one token: skipped whole. Whitespace is taken
// a few kilobytes at a time: one run over megabytes of it would overflow the regular expression's backtrack stack.
// Text and attribute values hold no `<` and none of REFUSED_CHARS (`$` below); `]]>` the caller looks for in the
// whole part.
const TOKEN = new RegExp(
  String.raw`<row r="[0-9]{1,7}"(?: [\w:]+="[^"<$]*")*>(?:<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,6}")?(?: t="[a-z]{1,9}")?\/>)*<\/row>|<row r="([0-9]{1,7})"((?: [\w:]+="[^"<$]*")*) ?(\/?)>|<\/row>|<c r="([A-Z]{1,3})([0-9]{1,7})"(?: s="([0-9]{1,6})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<f(?: [\w:]+="[^"<$]*")* ?\/>|<f(?: [\w:]+="[^"<$]*")*>[^<$]*<\/f>)?(?:<v>([^<$]*)<\/v>|<is><t(?: xml:space="preserve")?>([^<$]*)<\/t><\/is>)?<\/c>)|[ \t\n]{1,4096}`.replaceAll(
    "$",
    REFUSED_CHARS,
  ),
  "y",
);

/** Scans `xml` from `from` to `to` (the content of `sheetData`); false when it met something not its own. */
export function scanSheetData(xml: string, from: number, to: number, cell: ScannedCell): boolean {
  let row = 0;
  let pos = from;
  while (pos < to) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(xml);
    if (m === null || TOKEN.lastIndex > to) return false;
    pos = TOKEN.lastIndex;
    const [token, rowNo, rowAttrs, selfClosing, letters, cellRow, style, type, value, inline] = m;
    if (rowNo !== undefined) {
      // A namespace declared on a row would change what its cells are: saxes reads such a sheet.
      if (row !== 0 || rowAttrs?.includes("xmlns")) return false;
      row = selfClosing ? 0 : Number(rowNo);
    } else if (letters !== undefined) {
      if (row === 0 || Number(cellRow) !== row) return false;
      if (token.endsWith("/>")) continue; // a blank cell that only carries a format
      const text = value === undefined || !value.includes("&") ? value : unescapeXml(value);
      const inlineText = inline === undefined || !inline.includes("&") ? inline : unescapeXml(inline);
      if (text === null || inlineText === null) return false;
      cell(row, columnNumber(letters), type ?? "n", style === undefined ? 0 : Number(style), text, inlineText);
    } else if (token === "</row>") {
      if (row === 0) return false;
      row = 0;
    } else if (token.startsWith("<row") && row !== 0) {
      return false; // a blank row inside a row
    }
  }
  return row === 0;
}
