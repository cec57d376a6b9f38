import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { DEFAULT_READ_LIMITS } from "../../../../shared/xlsx/read/options";
import { readSharedStrings, scanSharedStrings } from "../../../../shared/xlsx/read/shared-strings";
import { Archive } from "../../../../shared/xlsx/read/unzip";
import { MAIN_NS } from "../../../../shared/xlsx/read/xml";

const PART = "xl/sharedStrings.xml";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const table = (items: string, attrs = ' count="3" uniqueCount="3"') =>
  `${HEAD}<sst xmlns="${MAIN_NS}"${attrs}>${items}</sst>`;
/** The strings as the reader gets them from a zip holding this part. */
const read = (xml: string) =>
  readSharedStrings(new Archive(zipSync({ [PART]: strToU8(xml) }), DEFAULT_READ_LIMITS), PART);
const faultOf = (xml: string) => {
  try {
    read(xml);
    return null;
  } catch (error) {
    return (error as { fault?: { code: string } }).fault?.code ?? String(error);
  }
};
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("scanSharedStrings", () => {
  it("reads a table as Excel and exceljs lay it out: entities, kept spaces, empty items, Excel's _xHHHH_", () => {
    const xml = table(
      '<si><t>Сатып алу &amp; шарт</t></si><si><t xml:space="preserve"> әңгүөқһі </t></si><si><t/></si>' +
        "<si><t>&#1234;&lt;a&gt;</t></si><si><t>line_x000D_break</t></si>",
    );
    const expected = ["Сатып алу & шарт", " әңгүөқһі ", "", "Ӓ<a>", "line\rbreak"];
    expect(scanSharedStrings(xml)).toEqual(expected);
    expect(read(xml)).toEqual(expected);
  });

  it("gives what the tokenizer and saxes give for any plain strings", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "ә", "Қ", " ", "&", "<", ">", '"', "'", "_", "x", "\n", "\t"),
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (strings) => {
        const items = strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join("");
        const xml = table(items);
        expect(scanSharedStrings(xml)).toEqual(strings);
        // Rich text makes the scan give up: the same strings through the general path.
        const rich = table(strings.map((s) => `<si><r><t xml:space="preserve">${escape(s)}</t></r></si>`).join(""));
        expect(scanSharedStrings(rich)).toBeNull();
        expect(read(rich)).toEqual(strings);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["rich text", "<si><r><t>a</t></r><r><t>b</t></r></si>", ["ab"]],
    ["a phonetic run", '<si><t>漢</t><rPh sb="0" eb="1"><t>かん</t></rPh></si>', ["漢"]],
    ["whitespace between items", "<si><t>a</t></si>\n<si><t>b</t></si>", ["a", "b"]],
  ])("leaves %s to the general path, which reads it", (_, items, expected) => {
    expect(scanSharedStrings(table(items))).toBeNull();
    expect(read(table(items))).toEqual(expected);
  });

  it.each([
    ["an attribute twice", table("<si><t>a</t></si>", ' count="1" count="1"')],
    ["a bare ampersand", table("<si><t>a & b</t></si>")],
    ["an unknown entity", table("<si><t>&nbsp;</t></si>")],
    ["a reference to a character XML forbids", table("<si><t>&#0;</t></si>")],
    ["a control character", table("<si><t>a\u0001b</t></si>")],
    ["an unclosed table", `${HEAD}<sst xmlns="${MAIN_NS}"><si><t>a</t></si>`],
    ["text after the table", `${table("<si><t>a</t></si>")}tail`],
  ])("accepts nothing malformed (%s): saxes names the fault", (_, xml) => {
    expect(scanSharedStrings(xml)).toBeNull();
    expect(faultOf(xml)).toBe("file_xml_malformed");
  });
});
