import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { nodeCompressor } from "../../../bin/node-deflate";
import { nodeInflate } from "../../../bin/node-inflate";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import type { WorkbookSnapshot } from "../../../shared/xlsx/snapshot";
import type { SheetSpec, TableSpec, WorkbookSpec } from "../../../shared/xlsx/workbook-spec";
import { fflateCompressor, type Compressor } from "../../../shared/xlsx/write/compressor";
import { type RowValue, writeStreamedXlsx } from "../../../shared/xlsx/write-streamed-xlsx";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { libreOfficeCsv, openpyxlView } from "../../readers/independent-readers";
import { describeInOtherPrograms } from "../../support/other-programs";
import { HEADERS, interleaved, readAs, rowsOf, spec, streamedSheet, TABLES, TEXTS } from "./streamed-workbook";

function read(chunks: Uint8Array[], compressor: Compressor): WorkbookSnapshot {
  const result = readWorkbook(Buffer.concat(chunks), compressor === nodeCompressor ? { inflate: nodeInflate } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.fault));
  return result.snapshot;
}

const tableRows = (book: WorkbookSnapshot, sheet: number, count: number) =>
  Array.from({ length: count }, (_, i) => book.sheets[sheet]?.rows[3 + i]?.slice(0, 4) ?? []).map((row) =>
    Array.from({ length: 4 }, (_, c) => row[c] ?? null),
  );

describe.each([
  ["fflate", fflateCompressor],
  ["Node's zlib", nodeCompressor],
])("a streamed workbook deflated by %s, read back by our reader", (_, compressor) => {
  let book: WorkbookSnapshot;
  beforeAll(async () => {
    book = read(await writeStreamedXlsx(spec, interleaved, compressor), compressor);
  });

  it("gives each table, on its own sheet, the rows appended to it in order", () => {
    expect(tableRows(book, 0, 60)).toEqual(TABLES.AllContracts.map(readAs));
    expect(tableRows(book, 1, 25)).toEqual(TABLES.AllRisks.map(readAs));
    expect(book.sheets[0]?.rows.length).toBe(63);
    expect(book.sheets[1]?.rows.length).toBe(28);
  });

  it("sets each table's range from its header to its last row", () => {
    expect(book.sheets.map((s) => s.tables.map((t) => `${t.name} ${t.ref}`))).toEqual([
      ["AllContracts A3:D63"],
      ["AllRisks A3:D28"],
      ["AllServices A3:D4"],
      ["Meta A1:B2"],
    ]);
  });

  it("keeps the title rows above the table and the other sheets as writeXlsx wrote them", () => {
    expect(book.sheets[0]?.rows.slice(0, 3)).toEqual([["Contracts: all organizations"], ["Streamed"], HEADERS]);
    expect(book.sheets[3]?.rows).toEqual([
      ["key", "value"],
      ["template", "summary"],
    ]);
  });

  it("gives back every text identical and as text: formulas, phone numbers, zeros, escapes, controls, Kazakh, emoji", () => {
    const texts = tableRows(book, 0, 60).map((row) => row[2]);
    expect(texts).toEqual(expect.arrayContaining(TEXTS));
    expect(texts.every((text) => typeof text === "string")).toBe(true);
  });
});

describe("writing a streamed workbook", () => {
  it("gives the same bytes for the same spec and rows, in any time zone", async () => {
    // A process of its own for each zone: jest's process.env does not reach the clock.
    const inZone = (TZ: string) =>
      execFileSync(process.execPath, [require.resolve("tsx/cli"), join(__dirname, "write-in-zone.ts")], {
        env: { ...process.env, TZ },
        maxBuffer: 2 ** 26,
      });
    const here = Buffer.concat(await writeStreamedXlsx(spec, interleaved, nodeCompressor));
    expect(inZone("Asia/Almaty").equals(here)).toBe(true);
    expect(inZone("America/Los_Angeles").equals(here)).toBe(true);
    // The local header's time and date fields: what writeXlsx stamps through deterministic-zip.
    expect(here.subarray(10, 14)).toEqual(Buffer.from(await writeXlsx(spec)).subarray(10, 14));
  });

  it("makes a table that received no rows a valid table: its header and one empty row", async () => {
    const chunks = await writeStreamedXlsx(spec, () => undefined);
    const book = read(chunks, fflateCompressor);
    expect(book.sheets.slice(0, 3).map((s) => [s.tables[0]?.ref, s.rows.length])).toEqual([
      ["A3:D4", 3],
      ["A3:D4", 3],
      ["A3:D4", 3],
    ]);
    // The prototype row: empty cells in the columns' styles.
    const sheet = strFromU8(unzipSync(Buffer.concat(chunks))["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(sheet).toMatch(
      /<row r="4"[^>]*><c r="A4" s="\d+"\/><c r="B4" s="\d+"\/><c r="C4" s="\d+"\/><\/row><\/sheetData>/,
    );
  });

  it("deflates 50,000 rows in chunks of rows, not a push per row or one push for all", async () => {
    let pushes = 0;
    const counting: Compressor = {
      crc32: nodeCompressor.crc32,
      deflate() {
        const stream = nodeCompressor.deflate();
        return {
          push(data, final) {
            pushes++;
            return stream.push(data, final);
          },
        };
      },
    };
    const one: WorkbookSpec = { ...spec, sheets: [streamedSheet("Contracts", "AllContracts")] };
    const rows = rowsOf("AllContracts", 50_000);
    const chunks = await writeStreamedXlsx(
      one,
      (sink) => rows.forEach((row) => sink.append("AllContracts", row)),
      counting,
    );
    expect(pushes).toBeGreaterThan(20);
    expect(pushes).toBeLessThan(200);
    const book = read(chunks, nodeCompressor);
    expect(book.sheets[0]?.tables[0]?.ref).toBe("A3:D50003");
    expect(tableRows(book, 0, 50_000)).toEqual(rows.map(readAs));
  });

  it("moves the data bars down to the last row", async () => {
    const parts = unzipSync(Buffer.concat(await writeStreamedXlsx(spec, interleaved)));
    const bars = (part: string) =>
      strFromU8(parts[part] ?? new Uint8Array()).match(/<conditionalFormatting sqref="[^"]*"/g);
    expect(bars("xl/worksheets/sheet1.xml")).toEqual(['<conditionalFormatting sqref="B4:B63"']);
    expect(bars("xl/worksheets/sheet2.xml")).toEqual(['<conditionalFormatting sqref="B4:B28"']);
    expect(bars("xl/worksheets/sheet3.xml")).toEqual(['<conditionalFormatting sqref="B4:B4"']);
  });

  it("refuses rows for a table that is unknown or not streamed, or with the wrong number of values", async () => {
    const appending = (table: string, values: RowValue[]) =>
      writeStreamedXlsx(spec, (sink) => sink.append(table, values));
    await expect(appending("NoSuchTable", [1, 2, "x", true])).rejects.toThrow("no streamed table NoSuchTable");
    await expect(appending("Meta", ["a", "b"])).rejects.toThrow("no streamed table Meta");
    await expect(appending("AllRisks", [1, 2, "x"])).rejects.toThrow("table AllRisks: 3 values for 4 columns");
  });

  it("refuses a spec with two streamed tables on a sheet, rows of its own, or anything below the table", async () => {
    const sheet = streamedSheet("Contracts", "AllContracts");
    const table = sheet.tables[0] as TableSpec;
    const writing = (changed: Partial<SheetSpec>) =>
      writeStreamedXlsx({ ...spec, sheets: [{ ...sheet, ...changed }] }, () => undefined);
    await expect(writing({ tables: [table, { ...table, name: "Other", left: 6 }] })).rejects.toThrow(
      "more than one streamed table",
    );
    await expect(writing({ tables: [{ ...table, rows: [[1, 2, "x", true]] }] })).rejects.toThrow("its rows come later");
    await expect(writing({ cells: [{ row: 9, col: 1, value: "below" }] })).rejects.toThrow("nothing may follow it");
  });
});

describeInOtherPrograms("independent readers of a streamed workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "adal-streamed-"));
  const file = join(dir, "summary.xlsx");
  beforeAll(async () => {
    writeFileSync(file, Buffer.concat(await writeStreamedXlsx(spec, interleaved, nodeCompressor)));
  });

  it("openpyxl sees the tables' ranges, the frozen header, the columns' formats and the data bars", () => {
    const view = openpyxlView(file, ["A4", "B4", "C4", "A63", "B62"]);
    expect(view.sheets.map((s) => [s.title, s.tables, s.freeze])).toEqual([
      ["Contracts", { AllContracts: "A3:D63" }, "A4"],
      ["Risks", { AllRisks: "A3:D28" }, "A4"],
      ["Services", { AllServices: "A3:D4" }, "A4"],
      ["_meta", { Meta: "A1:B2" }, null],
    ]);
    const contracts = view.sheets[0];
    expect(contracts?.cells).toEqual({
      A4: { value: "2025-01-01T00:00:00", format: "dd.mm.yyyy" },
      B4: { value: 0, format: "#,##0.00" },
      C4: { value: "AllContracts first", format: "General" },
      A63: { value: "2025-03-01T00:00:00", format: "dd.mm.yyyy" },
      B62: { value: TABLES.AllContracts[58]?.[1], format: "#,##0.00" },
    });
    expect(view.sheets.slice(0, 3).map((s) => s.conditionalFormats)).toEqual([
      [{ sqref: "B4:B63", type: "dataBar", color: "FF638EC6" }],
      [{ sqref: "B4:B28", type: "dataBar", color: "FF638EC6" }],
      [{ sqref: "B4", type: "dataBar", color: "FF638EC6" }],
    ]);
  });

  it("LibreOffice opens it and shows every sheet's rows", () => {
    const csv = libreOfficeCsv([file]);
    const contracts = csv.get("summary-Contracts.csv")?.split("\n") ?? [];
    expect(contracts.slice(0, 4)).toEqual([
      "Contracts: all organizations,,,",
      "Streamed,,,",
      "Date,Amount,Text,Done",
      "01/01/2025,0,AllContracts first,",
    ]);
    expect(csv.get("summary-Risks.csv")).toContain('"=HYPERLINK(""http://x"",""y"")"');
    // The empty table's one row has no values: no line.
    expect(csv.get("summary-Services.csv")?.split("\n").slice(2)).toEqual(["Date,Amount,Text,Done", ""]);
  });
});
