import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { validateBytes } from "../../../shared/validation";
import { checkAgainst } from "../../../shared/validation/validate";
import { readMeta } from "../../../shared/validation/read-meta";
import { checkStamp, STAMP_KEYS, stampStatus } from "../../../shared/stamp/stamp";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import { nodeInflate } from "../../../bin/node-inflate";
import { nodeSha256 } from "../../../bin/node-sha256";

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

describe("the stamp's status without the hash a new stamp would write", () => {
  const stampedData = async () => {
    const read = readWorkbook(await readFile(join(V1, "workbook-kk-stamped.xlsx")), { inflate: nodeInflate });
    if (!read.ok) throw new Error(read.fault.code);
    const meta = readMeta(read.snapshot);
    const { data } = checkAgainst(read.snapshot, "vakr", { meta: meta ?? undefined });
    if (!meta || !data) throw new Error("not a workbook");
    return { meta, data };
  };
  const counting = () => {
    const calls: unknown[] = [];
    return { calls, sha256: (data: string | Uint8Array) => (calls.push(data), nodeSha256(data)) };
  };

  it("is what the full check says for a stamped workbook", async () => {
    const { meta, data } = await stampedData();
    const { status, validatedAt } = await checkStamp(data, meta, nodeSha256);
    expect(await stampStatus(data, meta, nodeSha256)).toEqual({ status, validatedAt });
    expect(status).toBe("valid");
  });

  it("says changed when the data is not what was stamped", async () => {
    const { meta, data } = await stampedData();
    const edited = new Map(meta).set(STAMP_KEYS.hash, "0".repeat(64));
    expect(await stampStatus(data, edited, nodeSha256)).toMatchObject({ status: "changed" });
  });

  it("hashes nothing when the workbook carries no stamp", async () => {
    const { meta, data } = await stampedData();
    const unstamped = new Map([...meta].filter(([key]) => key !== STAMP_KEYS.hash));
    const { calls, sha256 } = counting();
    expect(await stampStatus(data, unstamped, sha256)).toMatchObject({ status: "absent" });
    expect(calls).toHaveLength(0);
  });
});
