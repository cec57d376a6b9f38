import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { nodeInflate } from "../../../bin/node-inflate";
import { examineFile } from "../../../shared/consolidate";

const V1 = join(__dirname, "../../fixtures/contract-v1");

describe("examining a received file", () => {
  const examine = async (name: string) =>
    examineFile({ name, modified: 0, bytes: await readFile(join(V1, name)) }, { inflate: nodeInflate });

  it("tells a stamped workbook's stamp valid, with the time it was stamped", async () => {
    const examined = await examine("workbook-kk-stamped.xlsx");
    expect(examined).toMatchObject({ kind: "workbook", stamp: "valid", validatedAt: "2026-02-27T09:00:00.000Z" });
    expect(examined.units).toHaveLength(1);
  });

  it("tells a workbook without a stamp so", async () => {
    expect(await examine("workbook-ru-3.xlsx")).toMatchObject({ kind: "workbook", stamp: "absent", validatedAt: null });
  });
});
