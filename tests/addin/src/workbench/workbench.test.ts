import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbench } from "../../../../addin/src/workbench/workbench";

const template = readFileSync(join(__dirname, "../../../../workbook-templates/vakr-kk.xlsx"));

describe("the workbench", () => {
  it("opens a file in place of its workbook", async () => {
    const workbench = new Workbench();
    workbench.open(template);
    expect((await workbench.readMeta())?.get("lang")).toBe("kk");
  });

  it("writes cells of the file it opened as a user types them, keeping the marks and the selection", async () => {
    const workbench = new Workbench();
    workbench.open(template);
    await workbench.highlight([{ sheet: "Төлқұжат", address: "C6", severity: "error" }]);
    await workbench.select({ sheet: "Шарттар", address: "B4" });
    const written = await workbench.writeCells([
      { sheet: "Төлқұжат", address: "C6", value: "050340001237" },
      { sheet: "төлқұжат", address: "C11", value: { serial: 45658 } },
      { sheet: "Төлқұжат", address: "C4", value: "" },
    ]);
    expect(written).toEqual({ ok: true });
    const passport = (await workbench.readSnapshot()).sheets.find((s) => s.name === "Төлқұжат");
    expect([passport?.rows[5]?.[2], passport?.rows[10]?.[2], passport?.rows[3]?.[2]]).toEqual([
      "050340001237",
      { serial: 45658 },
      null,
    ]);
    expect(workbench.highlights).toEqual([{ sheet: "Төлқұжат", address: "C6", severity: "error" }]);
    expect(workbench.selected).toEqual({ sheet: "Шарттар", address: "B4" });
  });
});
