/** @jest-environment jsdom */
import { OfficeWorkbook } from "../../../../addin/src/office/office-workbook";
import { ExcelModel } from "../../support/mock-excel/excel-model";
import { MockHost } from "../../support/mock-excel/mock-host";
import { FIXTURE } from "../../support/port-fixture";

describe("the Office.js workbook telling of changes", () => {
  it("names the sheet the user changed, where Excel has change events (ExcelApi 1.9)", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE, "1.9");
    const seen: (string | null)[] = [];
    new OfficeWorkbook(new MockHost(model)).onChanged((sheet) => seen.push(sheet));
    model.userTypes("Договоры", "B4", "12/К");
    window.dispatchEvent(new Event("focus"));
    await model.delivered();
    expect(seen).toEqual(["Договоры"]);
  });

  it("takes the pane's focus coming back for a change of some sheet, where Excel has no change events", async () => {
    const model = ExcelModel.fromSnapshot(FIXTURE, "1.8");
    const host = new MockHost(model);
    const seen: (string | null)[] = [];
    const stop = new OfficeWorkbook(host).onChanged((sheet) => seen.push(sheet));
    model.userTypes("Договоры", "B4", "12/К");
    window.dispatchEvent(new Event("focus"));
    stop();
    window.dispatchEvent(new Event("focus"));
    await model.delivered();
    expect(seen).toEqual([null]);
    // No handler was asked of an Excel that would refuse it.
    expect(host.runs).toHaveLength(0);
  });
});
