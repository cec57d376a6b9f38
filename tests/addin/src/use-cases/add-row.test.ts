import { readFileSync } from "node:fs";
import { join } from "node:path";
import { conflicts, risks } from "../../../../shared/forms";
import { MemoryWorkbook } from "../../../../addin/src/port/memory-workbook";
import { addRow, addRows, nextRowNumber } from "../../../../addin/src/use-cases/add-row";

const template = () =>
  MemoryWorkbook.fromXlsx(readFileSync(join(__dirname, "../../../../workbook-templates/vakr-ru.xlsx")));

describe("adding a row", () => {
  it("numbers rows by the place they fill", async () => {
    const workbook = template();
    expect(nextRowNumber(await workbook.readSnapshot(), conflicts)).toBe(1);
    await addRow(workbook, conflicts, { person1_name: "А", person2_name: "Б" });
    await addRow(workbook, conflicts, { person1_name: "В", person2_name: "Г" });
    const sheet = (await workbook.readSnapshot()).sheets.find((s) => s.name === "Конфликт интересов");
    expect([sheet?.rows[3]?.slice(0, 2), sheet?.rows[4]?.slice(0, 2)]).toEqual([
      [1, "А"],
      [2, "В"],
    ]);
  });

  it("has no number without the form", async () => {
    expect(nextRowNumber(await MemoryWorkbook.empty().readSnapshot(), risks)).toBeNull();
    expect(await addRow(MemoryWorkbook.empty(), risks, {})).toEqual({ ok: false, reason: "no_such_table" });
  });

  it("adds a row as wide as a version 1 workbook's table, which has no measure column", async () => {
    const workbook = MemoryWorkbook.fromXlsx(
      readFileSync(join(__dirname, "../../../fixtures/contract-v1/workbook-kk-stamped.xlsx")),
    );
    const values = { direction: "1", risk: "Р", measure: "М" };
    expect(await addRow(workbook, risks, values)).toMatchObject({ ok: true });
    const sheet = (await workbook.readSnapshot()).sheets.find((s) => s.tables.some((t) => t.name === "Risks"));
    const ref = sheet?.tables.find((t) => t.name === "Risks")?.ref ?? "";
    expect(ref.split(":")[1]).toMatch(/^J\d+$/);
    expect(sheet?.rows.some((r) => r?.includes("Р") && !r.includes("М"))).toBe(true);
  });

  it("adds rows after the table's data in one write, numbered on from its last entry", async () => {
    const workbook = template();
    await addRow(workbook, conflicts, { person1_name: "А", person2_name: "Б" });
    // Entry 3 typed in the sheet, entry 2 left blank: rows added go after entry 3.
    await workbook.writeCells([{ sheet: "Конфликт интересов", address: "B6", value: "В" }]);
    const added = await addRows(workbook, conflicts, [{ person1_name: "Д" }, { person1_name: "Е" }]);
    expect(added).toEqual({ ok: true, sheet: "Конфликт интересов", row: 7, address: "A7:I8", first: 4, last: 5 });
    const sheet = (await workbook.readSnapshot()).sheets.find((s) => s.name === "Конфликт интересов");
    expect([5, 6, 7, 8].map((row) => sheet?.rows[row - 1]?.slice(0, 2))).toEqual([
      undefined,
      [undefined, "В"],
      [4, "Д"],
      [5, "Е"],
    ]);
  });
});
