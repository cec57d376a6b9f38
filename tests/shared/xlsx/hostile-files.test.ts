import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { readWorkbook, type FileFaultCode, type ReadOptions } from "../../../shared/xlsx/read-workbook";
import { bomb, MAIN, PKG, REL, workbookParts } from "../../support/small-workbooks";

const TEMPLATE = new Uint8Array(readFileSync(join(__dirname, "../../../workbook-templates/vakr-ru.xlsx")));

const workbookWith = (sheet: string, workbook?: string) => zipSync(workbookParts(sheet, workbook));

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
).join("")}]>`;

const WHOLE_COLUMN_VALIDATION = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>
  <dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="A:A"><formula1>"Да,Нет"</formula1></dataValidation>
  <dataValidation type="whole" sqref="B1:B1048576 C1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations></worksheet>`;

/** Every entry of the central directory claims 100 bytes uncompressed. */
function declaringSmallSizes(zip: Uint8Array): Uint8Array {
  const bytes = Uint8Array.from(zip);
  const view = new DataView(bytes.buffer);
  for (let p = 0; p + 46 < bytes.length; p++)
    if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 100, true);
  return bytes;
}

const OLE = new Uint8Array(4096);
OLE.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

type Case = [string, () => Uint8Array, FileFaultCode, Record<string, unknown>?, ReadOptions?];
const CASES: Case[] = [
  ["an empty file", () => new Uint8Array(0), "file_empty"],
  ["a zip cut in half", () => TEMPLATE.subarray(0, TEMPLATE.length >> 1), "file_corrupt"],
  ["a zip whose sheet's deflate data is garbage", () => garbled(), "file_corrupt"],
  ["an encrypted workbook or a legacy .xls (OLE)", () => OLE, "file_ole"],
  ["a CSV renamed to .xlsx", () => strToU8("№;Должность;Ставка\n1;Директор;1,0\n"), "file_not_zip", { kind: "csv" }],
  [
    "an HTML page renamed",
    () => strToU8("<!DOCTYPE html><html><body><table></table></body></html>"),
    "file_not_zip",
    { kind: "html" },
  ],
  ["a PDF renamed", () => strToU8("%PDF-1.7\n%âãÏÓ\n"), "file_not_zip", { kind: "pdf" }],
  ["random bytes", () => new Uint8Array([1, 2, 3, 0, 255, 7]), "file_not_zip", { kind: "binary" }],
  ["a Word document (.docx)", () => docx(), "file_not_workbook", { kind: "docx" }],
  ["a zip of other files", () => zipSync({ "a.txt": strToU8("hello") }), "file_not_workbook", { kind: "zip" }],
  [
    "billion laughs in the workbook part",
    () => workbookWith("<worksheet/>", `${LAUGHS}<workbook xmlns="${MAIN}">&lol9;</workbook>`),
    "file_xml_dtd",
  ],
  ["an entity declared in a sheet", () => workbookWith(`${LAUGHS}<worksheet xmlns="${MAIN}"/>`), "file_xml_dtd"],
  [
    "a sheet whose tags do not close",
    () => workbookWith(`<worksheet xmlns="${MAIN}"><sheetData><row>`),
    "file_xml_malformed",
  ],
  ["an undefined entity", () => workbookWith(`<worksheet xmlns="${MAIN}">&lol;</worksheet>`), "file_xml_malformed"],
  ["a file over the size limit", () => TEMPLATE, "file_too_large", undefined, { limits: { maxFileBytes: 10_000 } }],
  [
    "more inflated bytes than allowed",
    () => TEMPLATE,
    "file_zip_bomb",
    { limit: "total" },
    { limits: { maxUncompressedBytes: 100_000 } },
  ],
  ["more cells than allowed", () => TEMPLATE, "file_too_many_cells", undefined, { limits: { maxCells: 50 } }],
  ["a sheet compressing 1,000 times, at the default limits", () => bomb(16), "file_zip_bomb", { limit: "ratio" }],
  [
    "shared strings padded with one text run of 3 MB",
    () =>
      zipSync({
        ...workbookParts(`<worksheet xmlns="${MAIN}"/>`),
        "xl/sharedStrings.xml": strToU8(`<sst xmlns="${MAIN}"><si><t>${"x".repeat(3 * 2 ** 20)}</t></si></sst>`),
      }),
    "file_zip_bomb",
    { limit: "text" },
    { limits: { maxCompressionRatio: 10_000 } },
  ],
];

function garbled(): Uint8Array {
  const bytes = workbookWith(`<worksheet xmlns="${MAIN}"><sheetData>${"<row/>".repeat(2000)}</sheetData></worksheet>`);
  const at = Buffer.from(bytes).indexOf("xl/worksheets/sheet1.xml") + 30;
  return Uint8Array.from(bytes, (b, i) => (i >= at && i < at + 40 ? 0xff : b));
}

function docx(): Uint8Array {
  const officeDocument = `${REL}/officeDocument`;
  return zipSync({
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${officeDocument}" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    ),
  });
}

describe("readWorkbook on hostile and wrong files", () => {
  it.each(CASES)("refuses %s with the right fault", (...[, bytes, code, params, options]: Case) => {
    // A rest parameter: jest would take a declared parameter beyond a row's length for a `done` callback.
    const result = readWorkbook(bytes(), options);
    expect(result.ok ? "read" : result.fault.code).toBe(code);
    if (params && !result.ok) expect(result.fault.params).toMatchObject(params);
  });

  it("stops a bomb while inflating, whatever sizes its zip headers declare", () => {
    const bytes = declaringSmallSizes(bomb(8));
    // Each part is fine alone; the total of 2 MB is not.
    const result = readWorkbook(bytes, { limits: { maxUncompressedBytes: 2 * 2 ** 20, maxCompressionRatio: 10_000 } });
    expect(result).toEqual({ ok: false, fault: { code: "file_zip_bomb", params: { limit: "total" } } });
  });

  it("reads a sheet of 8 MB of blank space when the limits allow it (the bomb test is not about malformed XML)", () => {
    expect(readWorkbook(bomb(8), { limits: { maxCompressionRatio: 10_000 } })).toMatchObject({ ok: true });
  });

  it("reads a sheet with data validations over whole columns, ignoring them", () => {
    const result = readWorkbook(workbookWith(WHOLE_COLUMN_VALIDATION));
    expect(result).toEqual({
      ok: true,
      snapshot: { date1904: false, sheets: [{ name: "S", state: "visible", tables: [], rows: [[5]] }] },
    });
  });

  it("never throws, even on bytes that look like a zip and are not", () => {
    for (let cut = 4; cut < 400; cut += 7) {
      const bytes = Uint8Array.from(TEMPLATE.subarray(0, 2000));
      bytes.set(TEMPLATE.subarray(TEMPLATE.length - cut), 2000 - cut);
      expect(() => readWorkbook(bytes)).not.toThrow();
      expect(readWorkbook(bytes).ok).toBe(false);
    }
  });
});
