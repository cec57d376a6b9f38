import { excelFormat, excelValue, snapshotValue } from "../../../../addin/src/office/excel-value";

describe("values between Office.js and the snapshot", () => {
  it.each([
    ["", "General", null],
    ["Директор", "General", "Директор"],
    [12.5, "0.00", 12.5],
    [45702, "dd.mm.yyyy", { serial: 45702 }],
    [true, "General", true],
  ])("read %p formatted %s as %p", (value, format, expected) => {
    expect(snapshotValue(value, format)).toEqual(expected);
  });

  it.each([
    ["+7 701 000 00 00", "'+7 701 000 00 00"],
    ["050340001237", "'050340001237"],
    ["'цитата'", "''цитата'"],
    ["", ""],
    [12.5, 12.5],
    [false, false],
    [null, null],
    [{ serial: 45800 }, 45800],
  ])("write %p as %p", (input, written) => {
    expect(excelValue(input)).toEqual(written);
  });

  it("give a date, and only a date, a number format", () => {
    expect([{ serial: 45800 }, 45800, "01.05.2025", null].map(excelFormat)).toEqual(["dd.mm.yyyy", null, null, null]);
  });
});
