/**
 * Text copied from a spreadsheet or an accounting program (Excel, 1С, LibreOffice): rows end with a line
 * break (CRLF, LF or CR), cells are separated by tabs. A cell holding a line break or a tab comes between
 * double quotes with its own quotes doubled, as Excel writes it; a cell that merely starts with a quote
 * (`"Альфа" ТОО`) is read as it stands.
 */

/** The rows of a copied block, each its cells' texts; a line break at the very end ends the last row. */
export function splitBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  for (;;) {
    const quoted = text[at] === '"' ? quotedCell(text, at) : null;
    const end = quoted ? quoted.end : cellEnd(text, at);
    row.push(quoted ? quoted.value : text.slice(at, end));
    at = end;
    if (at >= text.length) break;
    if (text[at] === "\t") {
      at++;
      continue;
    }
    at += text.startsWith("\r\n", at) ? 2 : 1;
    rows.push(row);
    row = [];
    if (at === text.length) return rows;
  }
  rows.push(row);
  return rows;
}

/** The rows as Excel puts them on the clipboard: tabs between cells, CRLF after each row. */
export function joinBlock(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(quoteCell).join("\t")}\r\n`).join("");
}

function quoteCell(cell: string): string {
  return /[\t\r\n]/.test(cell) || cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Where a cell not in quotes ends: at the next tab or line break. */
function cellEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\t" || ch === "\n" || ch === "\r") return i;
  }
  return text.length;
}

/** A cell in quotes, when its closing quote ends the cell (a tab, a line break or the end follows). */
function quotedCell(text: string, from: number): { value: string; end: number } | null {
  let value = "";
  let at = from + 1;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close < 0) return null;
    value += text.slice(at, close);
    if (text[close + 1] === '"') {
      value += '"';
      at = close + 2;
      continue;
    }
    const next = text[close + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r" ? { value, end: close + 1 } : null;
  }
}
