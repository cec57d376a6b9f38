import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { validateBytes } from "../../../shared/validation";
import { nodeInflate } from "../../../bin/node-inflate";

const V1 = join(__dirname, "../../fixtures/contract-v1");

describe("the stamp of a version 1 workbook", () => {
  it("stays valid after version 2: the data of version 1 hashes as it did", async () => {
    const report = await validateBytes(await readFile(join(V1, "workbook-kk-stamped.xlsx")), { inflate: nodeInflate });
    expect(report.version).toBe("1");
    expect(report.stamp).toMatchObject({ status: "valid", validatedAt: "2026-02-27T09:00:00.000Z" });
  });

  it("reads the version 1 workbook as ready: what version 2 added is absent, not missing", async () => {
    const report = await validateBytes(await readFile(join(V1, "workbook-kk-stamped.xlsx")), { inflate: nodeInflate });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);
  });
});
