import { readFileSync } from "node:fs";
import { join } from "node:path";
import { conflicts, risks } from "../../../../shared/forms";
import { MemoryWorkbook } from "../../../../addin/src/port/memory-workbook";
import { addRow, nextRowNumber } from "../../../../addin/src/use-cases/add-row";

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
});
