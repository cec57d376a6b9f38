import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync } from "fflate";
import { fflateCompressor } from "../../../../shared/xlsx/write/compressor";
import { Backlog, EntryWriter, zipFile, type ZipEntry } from "../../../../shared/xlsx/write/zip-writer";
import { zipDeterministic } from "../../../../shared/xlsx/deterministic-zip";

const DATE = new Date("2026-01-31T22:00:00Z");

describe("the zip of a streamed workbook", () => {
  const entries = (): Promise<ZipEntry[]> =>
    Promise.all([
      new EntryWriter("[Content_Types].xml", fflateCompressor).end(strToU8("<Types/>")),
      new EntryWriter("xl/", fflateCompressor).end(new Uint8Array()),
      new EntryWriter("xl/workbook.xml", fflateCompressor).end(strToU8("<workbook/>".repeat(1_000))),
    ]);
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = Buffer.concat(zipFile(await entries(), DATE));
  });

  it("holds every entry, in order, with its content: for fflate and for Python's zipfile", () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(["[Content_Types].xml", "xl/", "xl/workbook.xml"]);
    expect(Buffer.from(files["xl/workbook.xml"] ?? []).toString()).toBe("<workbook/>".repeat(1_000));
    const file = join(mkdtempSync(join(tmpdir(), "adal-zip-")), "test.zip");
    writeFileSync(file, bytes);
    // testzip() checks every CRC and names the first bad entry, else None.
    const check = "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), z.namelist())";
    expect(execFileSync("/usr/bin/python3", ["-c", check, file], { encoding: "utf8" }).trim()).toBe(
      "None ['[Content_Types].xml', 'xl/', 'xl/workbook.xml']",
    );
  });

  it("stores an empty entry such as a folder, and deflates the others", async () => {
    const [, folder, workbook] = await entries();
    expect([folder?.method, folder?.compressedSize, workbook?.method]).toEqual([0, 0, 8]);
    expect(workbook?.compressedSize).toBeLessThan(200);
  });

  it("stamps every entry with the date's day as deterministic-zip does", () => {
    const fflateZip = Buffer.from(zipDeterministic({ a: strToU8("a") }, DATE));
    expect(bytes.subarray(10, 14)).toEqual(fflateZip.subarray(10, 14));
    expect(bytes.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (1 << 5) | 31);
  });

  it("refuses an entry past 4 GB, which would need Zip64", () => {
    const huge: ZipEntry = { name: "big", method: 8, data: [], crc: 0, size: 2 ** 32, compressedSize: 0 };
    expect(() => zipFile([huge], DATE)).toThrow("the workbook passes 4 GB");
  });
});

describe("the backlog of bytes deflated elsewhere", () => {
  it("lets the writer go on within its limit, and makes it wait beyond it until enough is deflated", async () => {
    const backlog = new Backlog(100);
    const finish: (() => void)[] = [];
    const later = () => new Promise<Uint8Array[]>((resolve) => finish.push(() => resolve([])));
    void backlog.track(later(), 60);
    await backlog.drained();
    void backlog.track(later(), 60);
    let resumed = false;
    const waiting = backlog.drained().then(() => (resumed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(resumed).toBe(false);
    finish[0]?.();
    await waiting;
    expect(resumed).toBe(true);
  });
});
