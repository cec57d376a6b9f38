import fc from "fast-check";
import { inputColumns } from "../../../addin/src/use-cases/input-columns";
import { contracts } from "../../../shared/forms";
import { joinBlock, readBlock } from "../../../shared/paste";

const INPUTS = inputColumns(contracts);
const read = (rows: string[][]) => readBlock(joinBlock(rows), contracts, INPUTS);
const ROW = ["12-К", "14.02.2025", "ТОО «Альфа»", "050340001235", "Мел", "Из одного источника", "1 500 тг", "", ""];

describe("readBlock", () => {
  it("takes the columns in the form's order when the block has no header", () => {
    const block = read([ROW]);
    expect(block.header).toBeNull();
    expect(block.columns.map((c) => c.column?.key)).toEqual(INPUTS.map((c) => c.key));
    expect(block.rows).toEqual([
      {
        line: 1,
        cells: ROW,
        texts: Object.fromEntries(INPUTS.map((c, i) => [c.key, ROW[i]])),
      },
    ]);
  });

  it("recognises a header row in Russian, Kazakh or English, skips it and maps the columns by it", () => {
    for (const header of [
      ["Сумма, тенге", "Номер договора", "Контрагент", "Ответственный"],
      ["Сомасы, теңге", "Шарт нөмірі", "Өнім беруші (контрагент)", "Жауапты"],
      ["amount, tenge", "Contract no.", "COUNTERPARTY", "Responsible"],
    ]) {
      const block = read([header, ["1 500", "12-К", "ТОО «Альфа»", "Иванов"]]);
      expect(block.header).toEqual(header);
      expect(block.columns.map((c) => [c.column?.key ?? null, c.read, c.count])).toEqual([
        ["amount", true, 1],
        ["contract_no", true, 1],
        ["counterparty", true, 1],
        [null, false, 1],
      ]);
      expect(block.rows).toEqual([
        expect.objectContaining({
          line: 2,
          texts: { amount: "1 500", contract_no: "12-К", counterparty: "ТОО «Альфа»" },
        }),
      ]);
    }
  });

  it("matches a header typed without Kazakh letters, and a label met twice only once", () => {
    const block = read([
      ["Шарт номiрi", "Шарт нөмірі", "Шарт куни"],
      ["1", "2", "01.03.2025"],
    ]);
    expect(block.columns.map((c) => c.column?.key ?? null)).toEqual(["contract_no", null, "contract_date"]);
  });

  it("takes a row with one label among data for data", () => {
    const block = read([["Примечание", "14.02.2025", "x"]]);
    expect(block.header).toBeNull();
    expect(block.rows).toHaveLength(1);
  });

  it("takes a block as wide as the table with its № column, which the table numbers itself", () => {
    const block = read([["7", ...ROW]]);
    expect(block.columns[0]).toMatchObject({ column: { key: "no" }, read: false, count: 1 });
    expect(block.rows[0]!.texts).not.toHaveProperty("no");
    expect(block.rows[0]!.texts.contract_no).toBe("12-К");
  });

  it("takes a block as wide as the table but without row numbers in the form's order, its last column beyond it", () => {
    const block = read([[...ROW, "Иванова"]]);
    expect(block.columns.map((c) => c.column?.key ?? null)).toEqual([...INPUTS.map((c) => c.key), null]);
  });

  it("counts cells beyond the form's columns, so none goes unseen", () => {
    const block = read([[...ROW, "лишнее", "ещё"], ROW]);
    expect(block.columns.slice(INPUTS.length).map((c) => [c.column, c.count, c.sample])).toEqual([
      [null, 1, "лишнее"],
      [null, 1, "ещё"],
    ]);
  });

  it("numbers rows as they stand in the block, blank rows and the header counted but not read", () => {
    const block = read([
      ["Номер договора", "Дата договора"],
      ["1", "45800"],
      ["", ""],
      ["2", "46000"],
    ]);
    expect(block.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(block.columns[0]).toMatchObject({ count: 2, sample: "1" });
  });

  it("reads a date column's Excel serial as the date it counts, and leaves the rest to the parsers", () => {
    const block = read([
      ["Дата договора", "Номер договора"],
      ["45800", "45800"],
      ["60", "x"],
      ["14.02.2025", "y"],
    ]);
    expect(block.rows.map((r) => r.texts.contract_date)).toEqual(["23.05.2025", "60", "14.02.2025"]);
    expect(block.rows[0]!.texts.contract_no).toBe("45800");
  });

  it("reads back rows built from any cells, each in its column", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Ә", " ", "\t", "\n", '"', "1"), minLength: 1 });
    // A letter first: text no header has, and no date column's digits, which are read as a serial.
    const row = fc.array(fc.tuple(fc.constantFrom("x", "ы"), cell), {
      minLength: INPUTS.length,
      maxLength: INPUTS.length,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (pairs) => {
        const rows = pairs.map((cells) => cells.map(([first, rest]) => first + rest));
        expect(read(rows).rows.map((r) => INPUTS.map((c) => r.texts[c.key]))).toEqual(rows);
      }),
    );
  });
});
