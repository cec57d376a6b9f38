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
    "writes %i cells in three syncs, as conditional formats, never touching range.format",
    async (count) => {
      const { model, host, workbook } = await readWorkbook();
      await expect(workbook.highlight(marks(count))).resolves.toEqual({ unread: [] });
      expect(host.lastSyncs).toBe(3);
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

  it("keeps the user's two rules and their order over two runs, and ours are exactly the latest set", async () => {
    const { model, workbook } = await readWorkbook();
    const own = [
      model.addUserRule("Договоры", "Custom", "=$C4<TODAY()", "C4:C7"),
      model.addUserRule("Договоры", "CellValue", "", "A4:A7"),
    ];
    await workbook.highlight(marks(30));
    await workbook.readSnapshot();
    await workbook.highlight(marks(2));
    expect(model.highlighted()).toEqual(marks(2));
    expect(model.rules.filter((rule) => rule.formula !== HIGHLIGHT_FORMULA)).toEqual(own);
    expect(model.rules.filter((rule) => rule.formula === HIGHLIGHT_FORMULA)).toHaveLength(2);
  });

  it("finds highlights left by an earlier session before replacing them", async () => {
    const { model } = await readWorkbook();
    await new OfficeWorkbook(new MockHost(model)).highlight(marks(5));
    await new OfficeWorkbook(new MockHost(model)).highlight(marks(1));
    expect(model.highlighted()).toEqual(marks(1));
  });

  it("replaces its highlights though the user deleted some of them meanwhile", async () => {
    const { model, workbook } = await readWorkbook();
    await workbook.highlight(marks(3));
    model.rules.splice(0, 1);
    await workbook.highlight(marks(1));
    expect(model.highlighted()).toEqual(marks(1));
  });

  it("highlights on though a rule of the user's cannot be read, leaving that sheet's old highlights", async () => {
    const { model, workbook } = await readWorkbook();
    const risks: CellMark = { sheet: "Риски", address: "C2", severity: "error" };
    await workbook.highlight([...marks(2), risks]);
    model.addUserRule("Договоры", "CellValue", "", "A4:A7").unreadable = true;
    await expect(workbook.highlight([{ ...risks, address: "C3" }])).resolves.toEqual({ unread: ["Договоры"] });
    expect(model.highlighted()).toEqual([...marks(2), { ...risks, address: "C3" }]);
  });
});
