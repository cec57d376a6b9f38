import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../../../addin/src/port/memory-workbook";
import { insertSummary, REQUEST_LIMIT } from "../../../../addin/src/use-cases/summary-out";

describe("the summary into Excel", () => {
  it("is inserted as sheets when its request fits Excel on the web's limit", async () => {
    const workbook = MemoryWorkbook.empty();
    const base64 = readFileSync(join(__dirname, "../../../../workbook-templates/vakr-ru.xlsx")).toString("base64");
    await expect(insertSummary(workbook, base64)).resolves.toMatchObject({ kind: "inserted", result: { ok: true } });
  });

  it("is opened as a new workbook, never sent as sheets, above the limit", async () => {
    const workbook = MemoryWorkbook.empty();
    const opened = await insertSummary(workbook, "A".repeat(REQUEST_LIMIT + 4));
    expect(opened).toMatchObject({ kind: "opened", megabytes: 5 });
    expect((await workbook.readSnapshot()).sheets).toHaveLength(1);
  });
});
