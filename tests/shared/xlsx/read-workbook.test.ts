import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { TEMPLATES, type TemplateId } from "../../../shared/forms";
import { WORKBOOK_LANGS } from "../../../shared/i18n/lang";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../../../shared/xlsx/snapshot";

function read(bytes: Uint8Array): WorkbookSnapshot {
  const result = readWorkbook(bytes);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.fault)}`);
  return result.snapshot;
}

function sheetWithTable(book: WorkbookSnapshot, table: string): SheetSnapshot {
  const sheet = book.sheets.find((s) => s.tables.some((t) => t.name === table));
  if (!sheet) throw new Error(`no table ${table}`);
  return sheet;
}

const TEMPLATE_FILES = (Object.keys(TEMPLATES) as TemplateId[]).flatMap((template) =>
  WORKBOOK_LANGS.map((lang) => [template, lang] as const),
);

describe("readWorkbook on our templates", () => {
  it.each(TEMPLATE_FILES)("finds every form of the %s template in %s by its table's name, on its sheet", (id, lang) => {
    const book = read(readFileSync(join(__dirname, "../../../workbook-templates", `${id}-${lang}.xlsx`)));
    const forms = TEMPLATES[id].forms;
    expect(book.date1904).toBe(false);
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ...forms.map((f) => [f.sheet[lang], "visible"]),
      ["_lists", "hidden"],
      ["_meta", "hidden"],
    ]);
    for (const form of forms) {
      const sheet = sheetWithTable(book, form.id);
      expect(sheet.name).toBe(form.sheet[lang]);
      const table = sheet.tables[0];
      expect(table?.ref).toMatch(/^A3:[A-Z]+\d+$/);
      expect(table?.totalsRowCount).toBe(0);
      // The header row holds the column labels, in contract order.
      expect(sheet.rows[2]?.slice(0, form.columns.length)).toEqual(form.columns.map((c) => c.labels[lang]));
    }
    const meta = sheetWithTable(book, "Meta");
    expect(meta.tables).toEqual([{ name: "Meta", ref: "A1:B4", totalsRowCount: 0 }]);
    expect(meta.rows).toEqual([
      ["key", "value"],
      ["template", id],
      ["version", "2"],
      ["lang", lang],
    ]);
  });

  it("gives each prepared table its full range, and leaves its blank prepared rows out", () => {
    const book = read(readFileSync(join(__dirname, "../../../workbook-templates/vakr-ru.xlsx")));
    const refs = Object.fromEntries(book.sheets.flatMap((s) => s.tables.map((t) => [t.name, t.ref])));
    expect(refs).toMatchObject({ Staffing: "A3:J303", Contracts: "A3:J1003", Risks: "A3:K103", Services: "A3:I53" });
    expect(sheetWithTable(book, "Contracts").rows).toHaveLength(3);
  });
});

// A workbook made by hand, with what other programs write.
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

function handMade(date1904: boolean): Uint8Array {
  const files: Record<string, string> = {
    "_rels/.rels": `<Relationships xmlns="${PKG}">${rel("rId1", "officeDocument", "/xl/workbook.xml")}</Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}">
      <x:workbookPr date1904="${date1904 ? 1 : 0}"/><x:sheets>
      <x:sheet name="Данные" sheetId="1" r:id="rId1"/><x:sheet name="Скрытый" sheetId="2" state="veryHidden" r:id="rId2"/>
      </x:sheets></x:workbook>`,
    // Absolute part names, as openpyxl writes them.
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}">${rel("rId1", "worksheet", "/xl/worksheets/sheet1.xml")}${rel("rId2", "worksheet", "worksheets/sheet2.xml")}${rel("rId3", "sharedStrings", "sharedStrings.xml")}${rel("rId4", "styles", "/xl/styles.xml")}</Relationships>`,
    "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>Директор</t></si><si><r><rPr><b/></rPr><t>Жұмыс </t></r><r><t xml:space="preserve">кітабы</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>a_x000D_b</t></si></sst>`,
    "xl/styles.xml": `<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="[Red]0.00"/><numFmt numFmtId="166" formatCode="#,##0 &quot;дней&quot;"/></numFmts>
      <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>БСН</x:t></x:is></x:c><x:c r="D1" t="s"><x:v>2</x:v></x:c></x:row>
      <x:row r="2"><x:c r="A2"><x:v>93.73</x:v></x:c><x:c r="B2" t="b"><x:v>1</x:v></x:c><x:c r="C2" t="b"><x:v>0</x:v></x:c><x:c r="D2" t="e"><x:v>#REF!</x:v></x:c></x:row>
      <x:row r="3"><x:c r="A3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="B3"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="C3"><x:f>NOW()</x:f></x:c><x:c r="D3" t="str"><x:f>""</x:f><x:v></x:v></x:c></x:row>
      <x:row r="4"><x:c r="A4" s="1"><x:v>45366</x:v></x:c><x:c r="B4" s="2"><x:v>45366.5</x:v></x:c><x:c r="C4" s="3"><x:v>12.5</x:v></x:c><x:c r="D4" s="4"><x:v>30</x:v></x:c><x:c r="E4" t="d"><x:v>2024-03-15T12:00:00</x:v></x:c><x:c r="F4" s="2" t="s"><x:v>0</x:v></x:c></x:row>
      <x:row><x:c><x:v>1</x:v></x:c><x:c/><x:c><x:v>3</x:v></x:c></x:row>
      <x:row r="7"><x:c r="B7"><x:v>7</x:v></x:c><x:c><x:v>8</x:v></x:c></x:row>
      </x:sheetData><x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>`,
    "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships xmlns="${PKG}">${rel("rId1", "table", "../tables/table1.xml")}</Relationships>`,
    "xl/tables/table1.xml": `<table xmlns="${MAIN}" id="1" displayName="Staffing" ref="A1:F8" totalsRowCount="1"/>`,
    "xl/worksheets/sheet2.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])));
}

describe("readWorkbook on a workbook made by hand", () => {
  const book = read(handMade(false));
  const [data, hidden] = book.sheets as [SheetSnapshot, SheetSnapshot];

  it("reads sheets of prefixed SpreadsheetML (x:row) through absolute and relative part names", () => {
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Данные", "visible"],
      ["Скрытый", "veryHidden"],
    ]);
    expect(cellAt(hidden, 1, 1)).toBe(1);
  });

  it("joins rich-text runs, leaves phonetic runs out, unescapes _x000D_, and reads inline strings", () => {
    expect(data.rows[0]).toEqual(["Директор", "Жұмыс кітабы", "БСН", "a\rb"]);
  });

  it("reads numbers, booleans and errors", () => {
    expect(data.rows[1]).toEqual([93.73, true, false, { error: "#REF!" }]);
  });

  it("reads a formula as its cached value; without one, or showing an empty text, it is blank", () => {
    expect(data.rows[2]).toEqual(["ab", 2]);
    expect(cellAt(data, 3, 3)).toBeNull();
    expect(cellAt(data, 3, 4)).toBeNull();
  });

  it("marks numbers in date formats, built-in and custom, as dates; not [Red]0.00, not text, not quoted words", () => {
    expect(data.rows[3]).toEqual([{ serial: 45366 }, { serial: 45366.5 }, 12.5, 30, { serial: 45366.5 }, "Директор"]);
  });

  it("places cells and rows without an r after the ones before them", () => {
    expect(data.rows[4]).toEqual([1, null, 3]);
    expect(data.rows[5]).toBeUndefined();
    expect(data.rows[6]).toEqual([null, 7, 8]);
  });

  it("finds the table by its displayName when it has no name, with its totals row", () => {
    expect(data.tables).toEqual([{ name: "Staffing", ref: "A1:F8", totalsRowCount: 1 }]);
  });

  it("reads the 1904 date system, and turns an ISO date (t=d) into its serial there", () => {
    const mac = read(handMade(true));
    expect(mac.date1904).toBe(true);
    const sheet = mac.sheets[0] as SheetSnapshot;
    expect(cellAt(sheet, 4, 1)).toEqual({ serial: 45366 });
    expect(cellAt(sheet, 4, 5)).toEqual({ serial: 45366.5 - 1462 });
  });
});
