import fc from "fast-check";
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  MAIN_NS,
  MAX_TEXT_RUN,
  parseXml,
  REL_NS,
  STOP_PARSING,
  type XmlHandler,
} from "../../../../shared/xlsx/read/xml";
import { parseXmlBytes, parseXmlFast, tokenizeXml } from "../../../../shared/xlsx/read/fast-xml";
import { sampleWorkbook } from "../../../../workbook-templates/src/sample";

const encode = (xml: string) => new TextEncoder().encode(xml);
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

type Event = unknown[];

/** A handler that writes down what it is told: elements with their attributes and `r:id`, text joined between tags. */
function recorder(stopAt = Infinity): XmlHandler & { events: Event[] } {
  const events: Event[] = [];
  let depth = 0;
  let opened = 0;
  return {
    events,
    open(ns, name, attrs, attrNS) {
      if (++opened > stopAt) throw STOP_PARSING;
      depth++;
      events.push(["open", ns, name, { ...attrs }, attrNS(attrs, REL_NS, "id")]);
    },
    close(ns, name) {
      depth--;
      events.push(["close", ns, name]);
    },
    text(text) {
      // Whitespace around the root says nothing; saxes reports it, the fast path does not.
      if (depth === 0) return;
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += text;
      else events.push(["text", text]);
    },
  };
}

/** What reading gives: the events, or the fault it stopped at. */
function outcome(read: (handler: XmlHandler) => unknown, stopAt?: number) {
  const handler = recorder(stopAt);
  try {
    read(handler);
    return { events: handler.events };
  } catch (error) {
    return { fault: (error as { fault?: unknown }).fault ?? String(error) };
  }
}

const saxes = (bytes: Uint8Array, stopAt?: number) =>
  outcome((h) => parseXml((sink) => (sink(bytes), true), h), stopAt);
const fast = (xml: string, stopAt?: number) =>
  outcome((h) => {
    if (!parseXmlFast(xml, h)) throw new Error("gave up");
  }, stopAt);
/** What the readers call: the fast path where it reads the part, else saxes. */
const either = (bytes: Uint8Array) => outcome((h) => parseXmlBytes(bytes, h));

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const WELL_FORMED: Record<string, string> = {
  "a declaration and single quotes": `<?xml version='1.0' encoding='utf-8'?><a b='1' c="it's" d='say "hi"'/>`,
  "no declaration, whitespace around the root": ` \n\t<a>x</a>\n `,
  "the five entities and character references in text and values": `<a t="&lt;&amp;&gt;&quot;&apos;&#10;&#x41;">1 &lt; 2 &amp;&amp; 3 &gt; 2 &#1234;&#x1F600;&#x10FFFF; &#9;&#13;</a>`,
  "tabs and newlines in values as spaces": `<a b="one\ttwo\nthree" c = "spaced" />`,
  "`>` in text and values": `<a b="x > y">5 > 3 ] ]] >]</a>`,
  "Cyrillic and Kazakh text": `<si><t xml:space="preserve"> Сатып алу шарттары: әңгүөқһі </t></si>`,
  "empty elements and closing tags with spaces": `<a><b/><c ></c ><d\n/></a>`,
  "a default namespace": `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><tablePart r:id="rId1"/></worksheet>`,
  "prefixes, nested declarations and an unbound prefix": `<x:worksheet xmlns:x="${MAIN_NS}" xmlns:q="${REL_NS}"><x:sheetData><x:row r="1"><c/></x:row></x:sheetData><x:tablePart q:id="rId7" other:id="no"/><y xmlns="urn:other" xmlns:x="urn:x"><x:row/><z/></y><w:v/></x:worksheet>`,
  "Strict Open XML names": `<worksheet xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}"><tablePart r:id="rId2"/></worksheet>`,
  "names with digits, dots, dashes and underscores": `<_a.b-c1 x_1.y-z="1" xmlns:p2="urn:p"><p2:e.f/></_a.b-c1>`,
  "a byte order mark": `\uFEFF${DECLARATION}<a>b</a>`,
  "attributes named as Object.prototype's": `<a constructor="1" __proto__="2" toString="3"/>`,
  "a sheet as Excel writes it": `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><f>SUM(A1:A2)</f><v>3</v></c><c r="C1" t="inlineStr"><is><t>Ақша &amp; тауар</t></is></c></row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
};

/** Each construct the fast path leaves to saxes, which reads it or names what is wrong. */
const NOT_ITS_OWN: Record<string, string> = {
  "a comment": `<a><!-- note --><b/></a>`,
  "a processing instruction": `<a><?mso-application progid="Excel.Sheet"?></a>`,
  "a CDATA section": `<a><![CDATA[1 < 2]]></a>`,
  "a DOCTYPE": `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`,
  "a name beyond ASCII": `<таблица имя="1"/>`,
  "an attribute name beyond ASCII": `<a b\u00e9="1"/>`,
  "a carriage return": `<a>one\r\ntwo</a>`,
  "a carriage return in a value": `<a b="one\r\ntwo"/>`,
  "XML 1.1": `<?xml version="1.1"?><a/>`,
  "a declaration without its version": `<?xml encoding="UTF-8"?><a/>`,
  "a declaration not at the start": ` <?xml version="1.0"?><a/>`,
  "an entity XML does not define": `<a>&nbsp;</a>`,
  "a name with two colons": `<a:b:c xmlns:a="urn:a"/>`,
  "`]]>` in a value": `<a b="]]>"/>`,
};

/** Each malformation the fast path checks: it gives up, and saxes names the fault. */
const MALFORMED: Record<string, string> = {
  "unbalanced tags": `<a><b></a></b>`,
  "an element left open": `<a><b></b>`,
  "a stray closing tag": `<a></a></b>`,
  "two roots": `<a/><b/>`,
  "no root": ` `,
  "nothing at all": ``,
  "text before the root": `x<a/>`,
  "text after the root": `<a/>x`,
  "a name starting with a digit": `<1a/>`,
  "a closing tag without its name": `<a></>`,
  "an attribute twice": `<a b="1" b="2"/>`,
  "an attribute without a value": `<a b/>`,
  "an unquoted value": `<a b=1/>`,
  "quotes that do not match": `<a b="1'/>`,
  "no space between attributes": `<a b="1"c="2"/>`,
  "`<` in a value": `<a b="1<2"/>`,
  "a bare ampersand in text": `<a>fish & chips</a>`,
  "a bare ampersand in a value": `<a b="R&D"/>`,
  "`]]>` in text": `<a>x]]>y</a>`,
  "a control character": `<a>bell\u0007</a>`,
  "a reference to a character XML does not allow": `<a>&#1;</a>`,
  "a reference to a surrogate": `<a b="&#xD800;"/>`,
  "a reference to nothing": `<a>&#;</a>`,
  "`/` in an open tag": `<a/ >`,
  "an attribute on a closing tag": `<a></a b="1">`,
  "a tag cut short": `<a><b c="1"`,
  "U+FFFF": `<a>\uFFFF</a>`,
};

describe("the fast path for whole parts", () => {
  it.each(Object.entries(WELL_FORMED))("reads %s as saxes does", (_, xml) => {
    const bytes = encode(xml);
    const expected = saxes(bytes);
    expect(expected).toHaveProperty("events");
    expect(fast(new TextDecoder().decode(bytes))).toEqual(expected);
    expect(either(bytes)).toEqual(expected);
  });

  it("maps Strict Open XML names to the transitional ones", () => {
    const { events } = fast(WELL_FORMED["Strict Open XML names"] as string) as { events: Event[] };
    expect(events[0]).toEqual(["open", MAIN_NS, "worksheet", expect.anything(), undefined]);
    expect(events[1]).toEqual(["open", MAIN_NS, "tablePart", { "r:id": "rId2" }, "rId2"]);
  });

  it.each(Object.entries(NOT_ITS_OWN))("gives up on %s, and saxes still reads the part", (_, xml) => {
    expect(tokenizeXml(xml)).toBeNull();
    expect(either(encode(xml))).toEqual(saxes(encode(xml)));
  });

  it("leaves a DOCTYPE to saxes, which refuses it", () => {
    expect(either(encode(NOT_ITS_OWN["a DOCTYPE"] as string))).toEqual({ fault: { code: "file_xml_dtd" } });
  });

  it.each(Object.entries(MALFORMED))("gives up on %s, and saxes names the fault", (_, xml) => {
    expect(tokenizeXml(xml)).toBeNull();
    const expected = saxes(encode(xml));
    expect(expected).toHaveProperty("fault.code", "file_xml_malformed");
    expect(either(encode(xml))).toEqual(expected);
  });

  it("leaves UTF-16 to saxes, which reads it alike", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><a b="Ә">тауар</a>`;
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...xml].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(either(le)).toEqual(saxes(encode(xml)));
    expect((either(le) as { events: Event[] }).events).toHaveLength(3);
  });

  it("tells the handler nothing when it gives up, however late the fault", () => {
    const handler = recorder();
    expect(parseXmlFast(`<a><b x="1"/>${"<c>text</c>".repeat(100)}<d></a>`, handler)).toBe(false);
    expect(handler.events).toEqual([]);
  });

  it("stops where the handler stops it, as saxes does", () => {
    const xml = WELL_FORMED["a sheet as Excel writes it"] as string;
    for (const stopAt of [1, 2, 5]) {
      const { events } = fast(xml, stopAt) as { events: Event[] };
      expect(events.filter((e) => e[0] === "open")).toHaveLength(stopAt);
      expect(fast(xml, stopAt)).toEqual(saxes(encode(xml), stopAt));
    }
  });

  it("reads no further than the root's start tag for a handler that stops there, as saxes read no further", () => {
    const xml = `${DECLARATION}<table xmlns="${MAIN_NS}" name="Contracts" ref="A3:J20"><tableColumns><broken</table>`;
    const rootOnly = { ...recorder(1), rootOnly: true };
    expect(parseXmlFast(xml, rootOnly)).toBe(true);
    expect(rootOnly.events).toEqual(saxes(encode(xml), 1).events);
    expect(rootOnly.events).toEqual([
      ["open", MAIN_NS, "table", { xmlns: MAIN_NS, name: "Contracts", ref: "A3:J20" }, undefined],
    ]);
    expect(tokenizeXml(xml)).toBeNull();
  });

  it("leaves a part of more than 4 million characters to saxes, which holds no events", () => {
    const row = "<row><c><v>1</v></c></row>";
    expect(tokenizeXml(`<a>${row.repeat((4 * 2 ** 20) / row.length + 1)}</a>`)).toBeNull();
    expect(tokenizeXml(`<a>${row.repeat(2 ** 20 / row.length)}</a>`)).not.toBeNull();
  });

  it("leaves a text run past the limit to saxes", () => {
    expect(tokenizeXml(`<a>${"x".repeat(MAX_TEXT_RUN + 1)}</a>`)).toBeNull();
    expect(tokenizeXml(`<a>${"x".repeat(1000)}</a>`)).not.toBeNull();
  });

  it("applies the handler's filter first, as saxes' path does", () => {
    const xml = `<a><skip>1</skip><b>2</b></a>`;
    const filtered = (): XmlHandler & { events: Event[] } => ({
      ...recorder(),
      filter: (text: string) => text.replace(/<skip>[^<]*<\/skip>/g, ""),
    });
    const viaFast = filtered();
    const viaSaxes = filtered();
    expect(parseXmlFast(xml, viaFast)).toBe(true);
    parseXml((sink) => (sink(encode(xml)), true), viaSaxes);
    expect(viaFast.events).toEqual(viaSaxes.events);
    expect(JSON.stringify(viaFast.events)).not.toContain("skip");
  });

  it("reads every part of our templates and of filled workbooks, as saxes does", async () => {
    const files = [
      ...["vakr-kk", "vakr-ru", "roster-ru"].map((name) =>
        readFileSync(join(__dirname, `../../../../workbook-templates/${name}.xlsx`)),
      ),
      await sampleWorkbook(5, { lang: "kk" }),
    ];
    let parts = 0;
    for (const file of files) {
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(file)))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        parts++;
        expect(tokenizeXml(new TextDecoder().decode(bytes))).not.toBeNull();
        expect(either(bytes)).toEqual(saxes(bytes));
      }
    }
    expect(parts).toBeGreaterThan(50);
  });

  const name = fc.constantFrom("a", "x:row", "c", "y:t", "si", "_n.1-2");
  const text = fc
    .array(fc.constantFrom("x", " ", "\n", "Ә", "&amp;", "&lt;", "&#1234;", "&#x1F600;", ">", "]", "'", '"'), {
      maxLength: 6,
    })
    .map((parts) => parts.join(""));
  const attribute = fc
    .tuple(fc.constantFrom("r", "s", "x:id", "y:id", "t", "xmlns:x", "xmlns:y", "xmlns"), text, fc.boolean())
    .map(([key, value, single]) =>
      key.startsWith("xmlns")
        ? ` ${key}="${key === "xmlns" ? STRICT_MAIN : key === "xmlns:x" ? MAIN_NS : REL_NS}"`
        : single
          ? ` ${key}='${value.replace(/'/g, "&apos;")}'`
          : ` ${key}="${value.replace(/"/g, "&quot;")}"`,
    );
  const attributes = fc.uniqueArray(attribute, { selector: (a) => a.slice(0, a.indexOf("=")), maxLength: 3 });
  const element: fc.Memo<string> = fc.memo((depth) =>
    fc
      .tuple(
        name,
        attributes,
        depth <= 1 ? fc.constant([]) : fc.array(fc.oneof(text, element(depth - 1)), { maxLength: 4 }),
      )
      .map(([tag, attrs, children]) =>
        children.length === 0 ? `<${tag}${attrs.join("")}/>` : `<${tag}${attrs.join("")}>${children.join("")}</${tag}>`,
      ),
  );
  const documents = fc
    .tuple(fc.boolean(), element(4))
    // Text pieces side by side could spell `]]>`, which XML forbids.
    .map(
      ([declared, root]) =>
        `${declared ? DECLARATION : ""}<root xmlns:x="${MAIN_NS}">${root.replace(/]]>/g, "]]&gt;")}</root>`,
    );

  it("reads any document of the subset as saxes does", () => {
    fc.assert(
      fc.property(documents, (xml) => {
        expect(fast(xml)).toEqual(saxes(encode(xml)));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same events or the same fault as saxes for any document with a character changed", () => {
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom("", "<", ">", "&", "/", '"', "'", "=", " ", "x", "]]>", "<!--", "\u0001", "\r", ":", "1"),
      fc.nat({ max: 2 }),
    );
    fc.assert(
      fc.property(documents, edit, (xml, [at, insert, remove]) => {
        const i = at % (xml.length + 1);
        const bytes = encode(`${xml.slice(0, i)}${insert}${xml.slice(i + remove)}`);
        expect(either(bytes)).toEqual(saxes(bytes));
      }),
      { numRuns: 1000 },
    );
  });
});
