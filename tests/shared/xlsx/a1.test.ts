import { absoluteRange, cellRef, columnLetters, columnNumber, parseCellRef, rangeRef } from "../../../shared/xlsx/a1";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %d is %s, and back", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it("names cells and ranges", () => {
    expect(cellRef(4, 3)).toBe("C4");
    expect(rangeRef(4, 3, 303, 3)).toBe("C4:C303");
  });

  it("quotes sheet names in absolute ranges, doubling their apostrophes", () => {
    expect(absoluteRange("_lists", 2, 4, 9, 4)).toBe("'_lists'!$D$2:$D$9");
    expect(absoluteRange("Д'Артаньян", 1, 1, 1, 1)).toBe("'Д''Артаньян'!$A$1:$A$1");
  });

  it.each([
    ["C12", { row: 12, col: 3 }],
    ["$AB$7", { row: 7, col: 28 }],
    ["12C", null],
    ["", null],
  ])("reads %j", (ref, position) => {
    expect(parseCellRef(ref)).toEqual(position);
  });
});
