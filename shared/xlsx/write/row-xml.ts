import { columnLetters } from "../a1";
import { EXCEL_LIMITS } from "../excel-limits";
import { rowHeight, wrappedLines } from "../row-height";

/** Dates arrive as serial numbers: the column's style formats them. */
export type RowValue = string | number | boolean | null;

const MAX_CELL_TEXT = EXCEL_LIMITS.cellText;

/**
 * Markup, then what XML 1.0 cannot hold (and a carriage return, which XML reads back as a line feed) as Excel's
 * `_xHHHH_`, and the `_` of a literal `_xHHHH_` as `_x005F_` so that readers do not decode it.
 * With the `u` flag only a lone surrogate matches `\uD800-\uDFFF`.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ESCAPED = /[&<>"]|[\0-\x08\x0B-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/gu;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** What may need `ESCAPED`, found faster (without the `u` flag): most text needs nothing. */
// eslint-disable-next-line no-control-regex -- as above
const MAY_ESCAPE = /[&<>"\0-\x08\x0B-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_x/;
const escape = (ch: string) => ENTITIES[ch] ?? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/** Markup escaped, for the text of an element or attribute we write. */
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (ch) => ENTITIES[ch] ?? ch);

/** Excel drops leading and trailing spaces, and may fold line breaks, unless told to keep them. */
const keepsSpaces = (text: string) =>
  SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1)) || text.includes("\n");
const SPACE = /^\s$/;

/**
 * One table row as `<row>` XML: the cells' addresses and styles prepared once per column. A row whose text wraps
 * in a column of `wrapWidths` gets the height of its longest text: Excel does not fit the rows a program writes.
 */
export class RowXml {
  /** `<c r="C`: the row number follows. */
  private readonly open: string[];
  /** `" s="5"`: the rest of the open tag but its type. */
  private readonly styled: string[];

  constructor(
    left: number,
    styles: readonly (string | undefined)[],
    private readonly wrapWidths: readonly (number | undefined)[] = [],
  ) {
    this.open = styles.map((_, j) => `<c r="${columnLetters(left + j)}`);
    this.styled = styles.map((s) => (s === undefined ? `"` : `" s="${s}"`));
  }

  row(r: number, values: readonly RowValue[]): string {
    let cells = "";
    let lines = 1;
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      if (value === null || value === undefined) continue;
      cells += (this.open[j] as string) + r + (this.styled[j] as string);
      if (typeof value === "string") {
        cells += textCell(value);
        const width = this.wrapWidths[j];
        if (width !== undefined && (value.length >= width - 1 || value.includes("\n")))
          lines = Math.max(lines, wrappedLines(value, width));
      } else if (typeof value === "number") cells += Number.isFinite(value) ? `><v>${value}</v></c>` : "/>";
      else cells += value ? ` t="b"><v>1</v></c>` : ` t="b"><v>0</v></c>`;
    }
    const open = lines > 1 ? `<row r="${r}" ht="${rowHeight(lines)}" customHeight="1">` : `<row r="${r}">`;
    return open + cells + "</row>";
  }
}

/** Text is always an inline string: `=HYPERLINK(…)`, `+7 777…` or `001` stay text, never a formula or number. */
function textCell(value: string): string {
  const text = value.length > MAX_CELL_TEXT ? cut(value) : value;
  const open = keepsSpaces(text) ? `<t xml:space="preserve">` : "<t>";
  return ` t="inlineStr"><is>${open}${MAY_ESCAPE.test(text) ? text.replace(ESCAPED, escape) : text}</t></is></c>`;
}

/** The first characters Excel keeps, never half of a surrogate pair. */
function cut(text: string): string {
  const last = text.charCodeAt(MAX_CELL_TEXT - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
}
