import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { deflateSync, strToU8 } from "fflate";
import { platformInflate } from "../../../../shared/xlsx/read/platform-inflate";
import { readWorkbook, readWorkbookAsync } from "../../../../shared/xlsx/read-workbook";
import { bomb } from "../../../support/small-workbooks";

const TEMPLATE = new Uint8Array(readFileSync(join(__dirname, "../../../../workbook-templates/vakr-kk.xlsx")));

describe("the platform's DecompressionStream as the reader's inflater", () => {
  // Node 20 has DecompressionStream('deflate-raw') globally, as the browsers the pane runs in do.
  const inflate = platformInflate();

  it("exists in Node 20", () => {
    expect(inflate).toBeDefined();
  });

  it("inflates as zlib does, and stops past the size asked for with a RangeError", async () => {
    const data = deflateSync(strToU8("<row/>".repeat(50_000)));
    expect(Buffer.from(await inflate!(data, 300_000)).equals(inflateRawSync(data))).toBe(true);
    await expect(inflate!(data, 299_999)).rejects.toThrow(RangeError);
  });

  it("reads a workbook as fflate does", async () => {
    const asked = jest.fn(inflate!);
    expect(await readWorkbookAsync(TEMPLATE, { inflateAsync: asked })).toEqual(readWorkbook(TEMPLATE));
    expect(asked).toHaveBeenCalled();
  });
});

describe("reading with an asynchronous inflater", () => {
  // zlib behind a promise: what DecompressionStream answers, wherever the test runs.
  const zlibAsync = async (data: Uint8Array, maxOutputLength: number) => inflateRawSync(data, { maxOutputLength });

  it("gives the snapshot the synchronous reader gives", async () => {
    expect(await readWorkbookAsync(TEMPLATE, { inflateAsync: zlibAsync })).toEqual(readWorkbook(TEMPLATE));
  });

  it("stops a zip bomb at the reader's own limit", async () => {
    expect(await readWorkbookAsync(bomb(16), { inflateAsync: zlibAsync })).toEqual(readWorkbook(bomb(16)));
    expect(readWorkbook(bomb(16))).toMatchObject({ ok: false, fault: { code: "file_zip_bomb" } });
  });

  it("says what a file that is not a zip is, as the synchronous reader does", async () => {
    const csv = strToU8("a;b;c\n1;2;3\n");
    expect(await readWorkbookAsync(csv, { inflateAsync: zlibAsync })).toEqual(readWorkbook(csv));
  });
});
