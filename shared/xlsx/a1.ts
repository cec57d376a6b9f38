/** A1 addresses: 1-based rows and columns, as Excel and every finding name them. */

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `AB` (or `ab`) to 28. A plain loop: the reader calls it for every cell it scans. */
export function columnNumber(letters: string): number {
  let col = 0;
  // `& 0xdf` upper-cases an ASCII letter.
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) & 0xdf) - 64;
  return col;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeRef(top: number, left: number, bottom: number, right: number): string {
  return `${cellRef(top, left)}:${cellRef(bottom, right)}`;
}

/** `'Sheet name'!$A$2:$A$9`: the form a data validation or a formula uses to point at another sheet. */
export function absoluteRange(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  return `'${sheet.replace(/'/g, "''")}'!${abs(top, left)}:${abs(bottom, right)}`;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** `C12` to its row and column; null when it is not an address. */
export function parseCellRef(ref: string): CellPosition | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  return m?.[1] && m[2] ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}
