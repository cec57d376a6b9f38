/**
 * Excel does not fit the height of rows a program writes to their wrapped text, so we compute it: lines
 * estimated by wrapping words at the column's width (in Excel's units, about one digit of the default font),
 * 15 points a line of the default 11-point font.
 */
const LINE_POINTS = 15;

/** Lines `text` takes in a wrapped column `width` characters wide. In one pass over the text, as it runs on every row. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  // The word's length in code points (a surrogate pair is one).
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : NEW_LINE;
    if (c === SPACE || c === NEW_LINE) {
      if (used > 0 && used + 1 + length > room) {
        lines++;
        used = 0;
      }
      // A word longer than the column breaks across lines.
      const end = used === 0 ? length : used + 1 + length;
      lines += Math.floor(Math.max(0, end - 1) / room);
      used = ((end - 1) % room) + 1;
      length = 0;
      if (c === NEW_LINE && i < text.length) {
        lines++;
        used = 0;
      }
    } else if (!(c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text.charCodeAt(i - 1)))) length++;
  }
  return lines;
}

const SPACE = 0x20;
const NEW_LINE = 0x0a;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The height in points of a row whose tallest cell takes `lines` lines of a `size`-point font. */
export function rowHeight(lines: number, size = 11): number {
  return Math.max(1, lines) * Math.ceil((LINE_POINTS * size) / 11);
}
