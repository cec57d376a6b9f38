import fc from "fast-check";
import { joinBlock, splitBlock } from "../../../shared/paste";

describe("splitBlock", () => {
  it("reads rows by line breaks and cells by tabs, as Excel and 1С copy them", () => {
    expect(splitBlock("12-К\t14.02.2025\r\n13-К\t23.05.2025\r\n")).toEqual([
      ["12-К", "14.02.2025"],
      ["13-К", "23.05.2025"],
    ]);
    expect(splitBlock("a\tb\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(splitBlock("a\rb")).toEqual([["a"], ["b"]]);
  });

  it("keeps empty cells and blank rows where they stand", () => {
    expect(splitBlock("a\t\tc\r\n\r\n\td\r\n")).toEqual([["a", "", "c"], [""], ["", "d"]]);
  });

  it("reads a quoted cell's line breaks, tabs and doubled quotes as Excel writes them", () => {
    expect(splitBlock('"ТОО ""Альфа""\nфилиал"\t"a\tb"\r\nx\r\n')).toEqual([['ТОО "Альфа"\nфилиал', "a\tb"], ["x"]]);
  });

  it("reads a cell that only starts with a quote as it stands", () => {
    expect(splitBlock('"Альфа" ТОО\t"без конца')).toEqual([['"Альфа" ТОО', '"без конца']]);
  });

  it("gives back any rows of any cells joined as Excel copies them", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Ә", " ", "\t", "\r", "\n", '"', ",", "1") });
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(rows, (block) => expect(splitBlock(joinBlock(block))).toEqual(block)));
  });
});
