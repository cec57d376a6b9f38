import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflate } from "../../bin/node-inflate";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { bomb } from "../support/small-workbooks";

describe("Node's zlib as the reader's inflater", () => {
  it("reads a workbook as fflate does", () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../workbook-templates/vakr-kk.xlsx")));
    const inflate = jest.fn(nodeInflate);
    expect(readWorkbook(bytes, { inflate })).toEqual(readWorkbook(bytes));
    // Tiny parts go through fflate; the sheets through zlib.
    expect(inflate).toHaveBeenCalled();
  });

  it("stops a zip bomb at the limit", () => {
    expect(readWorkbook(bomb(16), { inflate: nodeInflate })).toEqual({
      ok: false,
      fault: { code: "file_zip_bomb", params: { limit: "ratio" } },
    });
  });
});
