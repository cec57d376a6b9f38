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

  it("read an error as an error, whatever text the display language gives it", () => {
    expect(snapshotValue("#ЗНАЧ!", "General", "Error")).toEqual({ error: "#ЗНАЧ!" });
    expect(snapshotValue("#ЗНАЧ!", "General", "String")).toBe("#ЗНАЧ!");
  });

  it.each(["+7 701 000 00 00", "050340001237", "'цитата'", "", "Директор"])("write the text %p as it is", (text) => {
    expect(excelValue(text)).toBe(text);
  });

  it.each([
    [12.5, 12.5],
    [false, false],
    [null, null],
  ])("write %p as %p", (input, written) => {
    expect(excelValue(input)).toEqual(written);
  });

  it("write a date as its serial in the workbook's date system", () => {
    expect(excelValue({ serial: 45800 })).toBe(45800);
    expect(excelValue({ serial: 45800 }, true)).toBe(45800 - 1462);
  });

  it.each([
    "=1+1",
    "+7 701 000 00 00",
    "-5",
    "@home",
    "'цитата'",
    "050340001237",
    "1 234,5",
    "5%",
    "01.05.2025",
    "2025-05-01",
    "12:30",
    "1/2",
    "1 янв",
    "мар 25",
    "TRUE",
    "ложь",
  ])("format the text %p as Text before writing it, as Excel would convert it", (text) => {
    expect(excelFormat(text)).toBe("@");
  });

  it.each(["Директор", "ТОО «Альфа»", "12-К", "Закуп у одного поставщика", ""])(
    "leave the format of a cell given %p, which Excel keeps as text",
    (text) => {
      expect(excelFormat(text)).toBeNull();
    },
  );

  it("give a date the contract's date format, and a number none", () => {
    expect([{ serial: 45800 }, 45800, null].map(excelFormat)).toEqual(["dd.mm.yyyy", null, null]);
  });
});
