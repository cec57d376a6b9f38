import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import { dropdownCells, insertTemplate } from "../../../../addin/src/use-cases/start-workbook";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";

const templateBytes = () => readFileSync(join(__dirname, "../../../../workbook-templates/vakr-kk.xlsx"));
const TEMPLATE = templateBytes().toString("base64");
const CELLS = dropdownCells("kk");

/** A blank workbook in an Excel with the given API sets, and the pane's port to it. */
function blank(apiVersion?: string) {
  const host = new MockHost(ExcelModel.fromSnapshot({ date1904: false, sheets: [] }, apiVersion));
  return { host, model: host.model, port: new OfficeWorkbook(host) };
}

/** The template with its `_lists` sheet under another name: every dropdown points at a sheet that is not there. */
function withoutLists(): string {
  const files = unzipSync(templateBytes());
  files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]!).replace('name="_lists"', 'name="spare"'));
  return Buffer.from(zipSync(files)).toString("base64");
}

describe("the Office.js workbook checking the dropdowns of an inserted template", () => {
  it("finds every list column's dropdown resolving after a clean insert, in one run of two syncs", async () => {
    const { host, port } = blank();
    await port.insertSheets(TEMPLATE);
    await expect(port.brokenDropdowns(CELLS)).resolves.toEqual([]);
    expect(host.lastSyncs).toBe(2);
    expect(CELLS.length).toBeGreaterThan(5);
  });

  it("names each list column's cell once _lists is deleted after the insert", async () => {
    const { model, port } = blank();
    await port.insertSheets(TEMPLATE);
    model.deleteSheet("_lists");
    await expect(port.brokenDropdowns(CELLS)).resolves.toEqual(CELLS);
  });

  it("finds the dropdowns resolving where _lists was renamed: Excel's references follow the sheet", async () => {
    const { model, port } = blank();
    await port.insertSheets(TEMPLATE);
    model.renameSheet("_lists", "Тізімдер");
    await expect(port.brokenDropdowns(CELLS)).resolves.toEqual([]);
  });

  it("names a cell whose dropdown was removed", async () => {
    const { model, port } = blank();
    await port.insertSheets(TEMPLATE);
    const [first] = CELLS;
    model.sheet(first!.sheet)!.lists.splice(0);
    const broken = await port.brokenDropdowns(CELLS);
    expect(broken).toContainEqual(first);
    expect(broken.every((cell) => cell.sheet === first!.sheet)).toBe(true);
  });

  it("names a cell whose list is a defined name the workbook does not have", async () => {
    const { model, port } = blank();
    await port.insertSheets(TEMPLATE);
    const [first] = CELLS;
    for (const list of model.sheet(first!.sheet)!.lists) list.formula = "Items";
    expect(await port.brokenDropdowns(CELLS)).toContainEqual(first);
  });

  it("skips the check where Excel has no data validations (before ExcelApi 1.8), without calling Excel", async () => {
    const { host, port } = blank("1.7");
    await expect(port.brokenDropdowns(CELLS)).resolves.toEqual([]);
    expect(host.runs).toHaveLength(0);
  });

  it("says, after inserting a template whose dropdowns point at a missing sheet, each column by sheet and label", async () => {
    const { port } = blank();
    const { result, problems } = await insertTemplate(port, "kk", withoutLists());
    expect(result).toMatchObject({ ok: true });
    expect(problems).toEqual([
      { sheet: "_lists" },
      ...CELLS.map((cell) => ({ sheet: cell.sheet, column: cell.column })),
    ]);
    expect(problems).toContainEqual({ sheet: "Шарттар", column: "Сатып алу тәсілі" });
  });
});
