import { rowHeight, wrappedLines } from "../../../shared/xlsx/row-height";

describe("the height of wrapped text", () => {
  it("wraps words at the column's width, less a character of padding", () => {
    expect(wrappedLines("один два три", 20)).toBe(1);
    expect(wrappedLines("один два три", 9)).toBe(2);
    expect(wrappedLines("один два три", 5)).toBe(3);
  });

  it("counts each line break, and breaks a word longer than the column", () => {
    expect(wrappedLines("a\nb\n\nc", 20)).toBe(4);
    expect(wrappedLines("x".repeat(25), 11)).toBe(3);
  });

  it("counts a character outside the Basic Multilingual Plane once, and runs of spaces as empty words", () => {
    expect(wrappedLines("😀".repeat(10), 11)).toBe(1);
    expect(wrappedLines("😀".repeat(11), 11)).toBe(2);
    expect(wrappedLines("ab  cd", 6)).toBe(2);
    expect(wrappedLines("ab cd", 6)).toBe(1);
  });

  it("gives 15 points a line of the 11-point font, more for a larger one", () => {
    expect(rowHeight(1)).toBe(15);
    expect(rowHeight(3)).toBe(45);
    expect(rowHeight(2, 16)).toBe(44);
    expect(rowHeight(0)).toBe(15);
  });
});
