/**
 * Excel does not fit the height of rows a program writes to their wrapped text, so we compute it: lines
 * estimated by wrapping words at the column's width (in Excel's units, about one digit of the default font),
 * 15 points a line of the default 11-point font.
 */
const LINE_POINTS = 15;

/** Lines `text` takes in a wrapped column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length > room) {
        lines++;
        used = 0;
      }
      // A word longer than the column breaks across lines.
      lines += Math.floor(Math.max(0, (used === 0 ? length : used + 1 + length) - 1) / room);
      used = (((used === 0 ? length : used + 1 + length) - 1) % room) + 1;
    }
  }
  return lines;
}

/** The height in points of a row whose tallest cell takes `lines` lines of a `size`-point font. */
export function rowHeight(lines: number, size = 11): number {
  return Math.max(1, lines) * Math.ceil((LINE_POINTS * size) / 11);
}
