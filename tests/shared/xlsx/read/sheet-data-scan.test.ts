import fc from "fast-check";
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_READ_LIMITS } from "../../../../shared/xlsx/read/options";
import { readSharedStrings } from "../../../../shared/xlsx/read/shared-strings";
import { readDateStyles } from "../../../../shared/xlsx/read/styles";
import { Archive } from "../../../../shared/xlsx/read/unzip";
import * as scan from "../../../../shared/xlsx/read/sheet-data-scan";
import { readWorksheetBytes, type WorksheetContext } from "../../../../shared/xlsx/read/worksheet";
import { sampleWorkbook } from "../../../../workbook-templates/src/sample";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const context = (): WorksheetContext => ({
  strings: ["ноль", "один & два", "три"],
  dateStyles: [false, true],
  date1904: false,
  cellsLeft: 1e6,
  maxCells: 1e6,
});
const encode = (xml: string) => new TextEncoder().encode(xml);

/** What a path gives: the sheet, or the fault it stops at. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { fault: (error as Error).message };
  }
}

/** Both paths over the same bytes: the fast scan where it applies, and saxes alone. */
function bothPaths(bytes: Uint8Array, of: () => WorksheetContext = context) {
  return {
    fast: outcome(() => readWorksheetBytes(bytes, of())),
    saxes: outcome(() => readWorksheetBytes(bytes, of(), false)),
  };
}

/** The shared strings and date styles of a real workbook. */
function contextOf(file: Uint8Array): () => WorksheetContext {
  const archive = new Archive(file, DEFAULT_READ_LIMITS);
  const strings = readSharedStrings(archive, "xl/sharedStrings.xml");
  const dateStyles = readDateStyles(archive, "xl/styles.xml");
  return () => ({ strings, dateStyles, date1904: false, cellsLeft: 1e6, maxCells: 1e6 });
}

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;

describe("the fast path through sheetData", () => {
  const files = [
    ...["vakr-kk", "vakr-ru", "roster-ru"].map((name) =>
      readFileSync(join(__dirname, `../../../../workbook-templates/${name}.xlsx`)),
    ),
  ];

  it("reads every sheet of our templates and of filled workbooks as saxes does", async () => {
    const filled = await Promise.all([sampleWorkbook(3, { lang: "kk" }), sampleWorkbook(4, { lang: "ru" })]);
    const scans = jest.spyOn(scan, "scanSheetData");
    for (const file of [...files, ...filled].map((f) => new Uint8Array(f))) {
      const parts = unzipSync(file, { filter: (f) => f.name.startsWith("xl/worksheets/sheet") });
      expect(Object.keys(parts).length).toBeGreaterThan(1);
      for (const bytes of Object.values(parts)) {
        const { fast, saxes } = bothPaths(bytes, contextOf(file));
        expect(fast).not.toHaveProperty("fault");
        expect(fast).toEqual(saxes);
      }
    }
    // The fast path really read them: every scan went through to the end.
    expect(scans.mock.results.length).toBeGreaterThan(20);
    expect(scans.mock.results.every((r) => r.value === true)).toBe(true);
    scans.mockRestore();
  });

  const cell = fc
    .record({
      type: fc.constantFrom(undefined, "s", "str", "b", "e", "n", "d", "inlineStr"),
      style: fc.constantFrom(undefined, 0, 1),
      value: fc.constantFrom(
        undefined,
        "",
        "0",
        "1",
        "2",
        "45292.5",
        "2024-01-31",
        "#REF!",
        "a &amp; b &lt;c&gt; &#1241;&#x4E2D;",
        "line_x000D_break",
        "true",
      ),
      formula: fc.constantFrom(undefined, "SUM(A1:B2)", "A1&amp;&quot;x&quot;"),
      inline: fc.constantFrom(undefined, undefined, "", "текст", " a &amp; b ", "line_x000D_break"),
    })
    .map(({ type, style, value, formula, inline }) => ({ type, style, value, formula, inline }));
  const row = fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), cell), { maxLength: 6 });
  const rows = fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), row, fc.boolean()), { maxLength: 8 });

  function xmlOf(
    data: fc.Arbitrary<unknown> extends never
      ? never
      : [
          number,
          [number, { type?: string; style?: number; value?: string; formula?: string; inline?: string }][],
          boolean,
        ][],
  ) {
    return sheet(
      data
        .map(([r, cells, selfClosing]) => {
          if (selfClosing && cells.length === 0) return `<row r="${r}" spans="1:3"/>`;
          const inner = cells
            .map(([c, { type, style, value, formula, inline }]) => {
              const address = `${String.fromCharCode(64 + ((c - 1) % 26) + 1)}${r}`;
              const attrs = `r="${address}"${style === undefined ? "" : ` s="${style}"`}${type === undefined ? "" : ` t="${type}"`}`;
              const f = formula === undefined ? "" : `<f>${formula}</f>`;
              const space = inline?.trim() === inline ? "" : ' xml:space="preserve"';
              const v =
                inline !== undefined
                  ? `<is><t${space}>${inline}</t></is>`
                  : value === undefined
                    ? ""
                    : `<v>${value}</v>`;
              return f || v ? `<c ${attrs}>${f}${v}</c>` : `<c ${attrs}/>`;
            })
            .join("");
          return `<row r="${r}">${inner}</row>`;
        })
        .join(""),
    );
  }

  it("gives what saxes gives for any rows of cells", () => {
    const scans = jest.spyOn(scan, "scanSheetData");
    fc.assert(
      fc.property(rows, (data) => {
        const { fast, saxes } = bothPaths(encode(xmlOf(data)));
        expect(fast).toEqual(saxes);
      }),
      { numRuns: 300 },
    );
    // About half the generated sheets are read to the end by the fast path (the rest stop at a fault, such as
    // a shared string that does not exist): the comparison is not with saxes alone.
    expect(scans.mock.results.filter((r) => r.value === true).length).toBeGreaterThan(90);
    scans.mockRestore();
  });

  it("reads plain inline strings, as summaries are written, itself", () => {
    const scans = jest.spyOn(scan, "scanSheetData");
    const xml = `<row r="4"><c r="A4" s="3" t="inlineStr"><is><t xml:space="preserve"> мәтін &amp; т.б. </t></is></c></row>`;
    const { fast, saxes } = bothPaths(encode(sheet(xml)));
    expect(scans.mock.results.map((r) => r.value)).toEqual([true]);
    expect(fast).toEqual(saxes);
    expect(JSON.stringify(fast)).toContain(" мәтін & т.б. ");
    scans.mockRestore();
  });

  it("stops at the same fault as saxes, such as a shared string that does not exist", () => {
    const { fast, saxes } = bothPaths(encode(sheet(`<row r="1"><c r="A1" t="s"><v>7</v></c></row>`)));
    expect(fast).toEqual({ fault: "file_corrupt" });
    expect(fast).toEqual(saxes);
  });

  it.each([
    [
      "an inline string of rich text",
      `<row r="1"><c r="A1" t="inlineStr"><is><r><t>те</t></r><r><t>кст</t></r></is></c></row>`,
    ],
    ["a comment", `<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>`],
    ["a cell without its address", `<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>`],
    ["a row without its number", `<row><c r="A2"><v>1</v></c></row>`],
    ["an unknown entity", `<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`],
    ["a control character in a value", `<row r="1"><c r="A1" t="str"><v>bell\u0007</v></c></row>`],
    ["a reference to a character XML does not allow", `<row r="1"><c r="A1" t="str"><v>&#1;</v></c></row>`],
    [
      "a carriage return in an inline string",
      `<row r="1"><c r="A1" t="inlineStr"><is><t>one\r\ntwo</t></is></c></row>`,
    ],
    ["`]]>` in a value", `<row r="1"><c r="A1" t="str"><v>1]]>2</v></c></row>`],
    ["`<` in a row's attribute", `<row r="1" spans="<"><c r="A1"><v>1</v></c></row>`],
    ["a form feed between cells", `<row r="1"><c r="A1"><v>1</v></c>\f</row>`],
  ])("leaves %s to saxes, with the same result", (_, rowsXml) => {
    const { fast, saxes } = bothPaths(encode(sheet(rowsXml)));
    expect(fast).toEqual(saxes);
  });
});
