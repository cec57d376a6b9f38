import { Workbench } from "../../../../addin/src/workbench/workbench";
import { writePassport } from "../../../../addin/src/use-cases/write-passport";

describe("writing the Passport", () => {
  it("says so when the workbook has no Passport, and writes nothing", async () => {
    const workbench = new Workbench();
    const before = await workbench.readSnapshot();
    expect(await writePassport(workbench, new Map([["district", "Сарыарка"]]))).toEqual({ ok: false });
    expect(await workbench.readSnapshot()).toEqual(before);
  });
});
