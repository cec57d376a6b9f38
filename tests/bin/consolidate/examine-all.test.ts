import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { examineAll, validateAll } from "../../../bin/consolidate/examine-all";
import { sampleWorkbook } from "../../../workbook-templates/src/sample";

// Real workers, counted as they start.
jest.mock("node:worker_threads", () => {
  const actual = jest.requireActual<typeof import("node:worker_threads")>("node:worker_threads");
  return {
    ...actual,
    Worker: jest.fn((...args: ConstructorParameters<typeof actual.Worker>) => new actual.Worker(...args)),
  };
});

const dir = mkdtempSync(join(tmpdir(), "adal-examine-all-"));
const inputs = Array.from({ length: 17 }, (_, i) => {
  const path = join(dir, `${i}.xlsx`);
  return { path, shown: path, name: `n-${i}.xlsx` };
});

beforeAll(async () => {
  const workbooks = await Promise.all([1, 2].map((seed) => sampleWorkbook(seed)));
  inputs.forEach((input, i) =>
    writeFileSync(input.path, i === 16 ? "not a workbook" : (workbooks[i % 2] as Uint8Array)),
  );
});

describe("examining many files", () => {
  it("uses worker threads and gives the same results, in the order given, as reading them here", async () => {
    const started = jest.mocked(Worker);
    let ticks = 0;
    const threaded = await examineAll(inputs, "en", () => ticks++, 2);
    expect(started).toHaveBeenCalledTimes(2);
    expect(ticks).toBe(inputs.length);
    started.mockClear();
    const here = await examineAll(inputs, "en", () => undefined, 1);
    expect(started).not.toHaveBeenCalled();
    expect(threaded).toEqual(here);
    expect(threaded.map((e) => e.file)).toEqual(inputs.map((i) => i.name));
    expect(threaded[16]?.problems[0]?.code).toBe("file_not_zip");
  });
});

describe("validating many files", () => {
  it("uses worker threads and gives the same reports, in the order given, as validating them here", async () => {
    const started = jest.mocked(Worker);
    started.mockClear();
    const threaded = await validateAll(inputs, "en", 2);
    expect(started).toHaveBeenCalledTimes(2);
    started.mockClear();
    const here = await validateAll(inputs, "en", 1);
    expect(started).not.toHaveBeenCalled();
    expect(threaded).toEqual(here);
    expect(threaded.map((r) => r.ready)).toEqual(inputs.map((_, i) => i !== 16));
    expect(threaded[16]?.findings[0]?.code).toBe("file_not_zip");
  });
});
