import { MAX_ADDRESS_LENGTH } from "../../../../addin/src/office/highlight-batches";
import { HIGHLIGHT_FORMULA } from "../../../../addin/src/office/highlight-rule";
import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import type { CellMark } from "../../../../addin/src/port/workbook-port";
import { columnLetters } from "../../../../shared/xlsx/a1";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";
import { FIXTURE } from "../../support/port-fixture";

/** `count` cells of the contracts sheet, ten to a row. */
function marks(count: number): CellMark[] {
  return Array.from({ length: count }, (_, i) => ({
    sheet: "Договоры",
    address: `${columnLetters((i % 10) + 1)}${Math.floor(i / 10) + 4}`,
    severity: i % 3 === 0 ? "warning" : "error",
  }));
}

/** A workbook read once, as Validate reads it before it highlights. */
async function readWorkbook() {
  const model = ExcelModel.fromSnapshot(FIXTURE);
  const host = new MockHost(model);
  const workbook = new OfficeWorkbook(host);
  await workbook.readSnapshot();
  return { model, host, workbook };
}

describe("highlighting findings through Office.js", () => {
  it.each([1, 1000])(
    "writes %i cells in one sync, as conditional formats, never touching range.format",
    async (count) => {
      const { model, host, workbook } = await readWorkbook();
      await workbook.highlight(marks(count));
      expect(host.lastSyncs).toBe(1);
      expect(model.highlighted()).toHaveLength(count);
      expect(model.formatTouches).toBe(0);
    },
  );

  it("splits a long list of cells into several getRanges calls, each short enough", async () => {
    const { model, workbook } = await readWorkbook();
    await workbook.highlight(marks(1000));
    expect(model.rangeLists.length).toBeGreaterThan(2);
    expect(Math.max(...model.rangeLists.map((list) => list.length))).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
  });

  it("deletes its previous highlights in the same sync and keeps the user's own conditional formats", async () => {
    const { model, host, workbook } = await readWorkbook();
    const own = [
      model.addUserRule("Договоры", "Custom", "=$C4<TODAY()", "C4:C7"),
      model.addUserRule("Договоры", "CellValue", "", "A4:A7"),
    ];
    await workbook.highlight(marks(30));
    await workbook.highlight(marks(2));
    expect(host.lastSyncs).toBe(1);
    expect(model.highlighted()).toEqual(marks(2));
    expect(model.rules.filter((rule) => rule.formula !== HIGHLIGHT_FORMULA)).toEqual(own);
  });

  it("finds highlights left by an earlier session before replacing them", async () => {
    const { model } = await readWorkbook();
    await new OfficeWorkbook(new MockHost(model)).highlight(marks(5));
    const host = new MockHost(model);
    await new OfficeWorkbook(host).highlight(marks(1));
    expect(model.highlighted()).toEqual(marks(1));
    // Without a read first: the sheets, their conditional formats, then the write.
    expect(host.lastSyncs).toBe(3);
  });

  it("looks again and retries when a highlight it remembered was deleted by the user", async () => {
    const { model, host, workbook } = await readWorkbook();
    await workbook.highlight(marks(3));
    model.rules.splice(0, 1);
    await workbook.highlight(marks(1));
    expect(model.highlighted()).toEqual(marks(1));
    expect(host.runs.at(-1)!.syncs).toBe(3);
  });
});
