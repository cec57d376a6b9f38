import { RowXml } from "../../../../shared/xlsx/write/row-xml";

describe("a streamed row as XML", () => {
  const xml = new RowXml(2, ["5", undefined]);
  const text = (value: string) => xml.row(7, [value, null]);

  it("addresses each cell and gives it its column's style", () => {
    expect(xml.row(7, [1, 2])).toBe('<row r="7"><c r="B7" s="5"><v>1</v></c><c r="C7"><v>2</v></c></row>');
  });

  it("writes text as an inline string, so a formula, a phone number or leading zeros stay text", () => {
    expect(text('=HYPERLINK("x")')).toBe(
      '<row r="7"><c r="B7" s="5" t="inlineStr"><is><t>=HYPERLINK(&quot;x&quot;)</t></is></c></row>',
    );
    expect(text("+7 777 123 45 67")).toContain("<t>+7 777 123 45 67</t>");
    expect(text("001")).toContain("<t>001</t>");
  });

  it("keeps leading and trailing spaces and line breaks with xml:space", () => {
    expect(text(" a")).toContain('<t xml:space="preserve"> a</t>');
    expect(text("a ")).toContain('<t xml:space="preserve">a </t>');
    expect(text("a\nb")).toContain('<t xml:space="preserve">a\nb</t>');
    expect(text("a b")).toContain("<t>a b</t>");
  });

  it("escapes markup, characters XML cannot hold (a carriage return too), and a literal _xHHHH_", () => {
    expect(text("<a & b>")).toContain("<t>&lt;a &amp; b&gt;</t>");
    expect(text("\u0000\u0008\u000B\u000C\r\u001F\uFFFE\uFFFF")).toContain(
      "<t>_x0000__x0008__x000B__x000C__x000D__x001F__xFFFE__xFFFF_</t>",
    );
    expect(text("tab\there")).toContain("<t>tab\there</t>");
    expect(text("_x000D_ _x00ab_ _x12_")).toContain("<t>_x005F_x000D_ _x005F_x00ab_ _x12_</t>");
  });

  it("escapes a lone surrogate, but not a pair", () => {
    expect(text("\uD800 \uDFFF 😀")).toContain("<t>_xD800_ _xDFFF_ 😀</t>");
  });

  it("writes numbers shortest, a non-finite one as an empty cell, booleans as 1 and 0, and nothing for null", () => {
    expect(xml.row(1, [0.1 + 0.2, -1e-7])).toBe(
      '<row r="1"><c r="B1" s="5"><v>0.30000000000000004</v></c><c r="C1"><v>-1e-7</v></c></row>',
    );
    expect(xml.row(1, [NaN, Infinity])).toBe('<row r="1"><c r="B1" s="5"/><c r="C1"/></row>');
    expect(xml.row(1, [true, false])).toBe(
      '<row r="1"><c r="B1" s="5" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c></row>',
    );
    expect(xml.row(1, [null, null])).toBe('<row r="1"></row>');
  });

  it("keeps the first 32,767 characters of a longer text, never half of a surrogate pair", () => {
    const kept = (value: string) => /<t>(.*)<\/t>/s.exec(text(value))?.[1] ?? "";
    expect(kept("a".repeat(40_000))).toBe("a".repeat(32_767));
    expect(kept(`${"a".repeat(32_766)}😀`)).toBe("a".repeat(32_766));
    expect(kept(`${"a".repeat(32_765)}😀`)).toBe(`${"a".repeat(32_765)}😀`);
  });

  it("makes a row as tall as the wrapped text of its longest cell, and leaves a one-line row to Excel", () => {
    const wrapped = new RowXml(1, [undefined, undefined], [14, undefined]);
    expect(wrapped.row(4, ["short", "a long text that does not wrap here"])).toMatch(/^<row r="4">/);
    // 13 characters a line: "Organization", "of schools", "and", "kindergartens".
    expect(wrapped.row(4, ["Organization of schools and kindergartens", null])).toMatch(
      /^<row r="4" ht="60" customHeight="1">/,
    );
    expect(wrapped.row(5, ["a\nb\nc", null])).toMatch(/^<row r="5" ht="45" customHeight="1">/);
  });
});
