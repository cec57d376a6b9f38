import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What openpyxl sees in a workbook. */
export interface OpenpyxlView {
  /** The sheet a workbook opens on. */
  active: string;
  sheets: {
    title: string;
    state: "visible" | "hidden" | "veryHidden";
    tables: Record<string, string>;
    freeze: string | null;
    printTitleRows: string | null;
    printTitleCols: string | null;
    validations: { type: string; sqref: string; formula1: string | null; prompt: string | null; strict: boolean }[];
    /** A data bar's colour as ARGB; null for other types. */
    conditionalFormats: { sqref: string; type: string; color: string | null }[];
    charts: OpenpyxlChart[];
    print: {
      paperSize: number | null;
      orientation: string | null;
      fitToWidth: number | null;
      header: (string | null)[];
    };
    /** Rows given a height, by row number. */
    rowHeights: Record<string, number>;
    hiddenColumns: string[];
    /** A date's value as ISO text. */
    cells: Record<string, { value: unknown; format: string }>;
  }[];
}

/** A chart as openpyxl reads it: `kinds` are its chart types (`barChart`, `lineChart`), `from` its top-left cell, 0-based. */
export interface OpenpyxlChart {
  kinds: string[];
  barDir: string | null;
  grouping: string | null;
  title: string | null;
  from: [number, number] | null;
  series: { kind: string; name: string | null; categories: string | null; values: string | null }[];
}

/** Debian's openpyxl is installed for /usr/bin/python3, not for any other Python on the PATH. */
export function openpyxlView(file: string, cells: string[] = []): OpenpyxlView {
  const out = execFileSync("/usr/bin/python3", [join(__dirname, "inspect_xlsx.py"), file, ...cells], {
    encoding: "utf8",
  });
  return JSON.parse(out) as OpenpyxlView;
}

/** A LibreOffice of its own for each call, so parallel runs do not fight over one profile. */
function soffice(args: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "adal-lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args, "--outdir", outDir],
    {
      stdio: "pipe",
      timeout: 180_000,
    },
  );
}

/** A PDF's page size in points and its words with their boxes (poppler's pdfinfo and pdftotext). */
export function pdfLayout(pdf: string, page = 1): { width: number; height: number; words: PdfWord[] } {
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const size = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  });
  const words = [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] ?? "" }));
  return { width: Number(size?.[1]), height: Number(size?.[2]), words };
}

export interface PdfWord {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** A PDF page as pixels (`dpi` per inch), also saved as PNG at `png` to be looked at. */
export function pdfPagePixels(pdf: string, page: number, dpi: number, png: string): Raster {
  const range = ["-f", String(page), "-l", String(page), "-r", String(dpi), "-singlefile"];
  execFileSync("pdftoppm", [...range, "-png", pdf, png.replace(/\.png$/, "")]);
  const base = join(mkdtempSync(join(tmpdir(), "adal-ppm-")), "page");
  execFileSync("pdftoppm", [...range, pdf, base]);
  const ppm = readFileSync(`${base}.ppm`);
  // P6 <width> <height> <max> then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString("latin1"));
  if (!header) throw new Error("pdftoppm wrote no PPM");
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

export interface Raster {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** Every sheet of every file as UTF-8 CSV (the plain `csv` filter exports only the first sheet, not as UTF-8). */
export function libreOfficeCsv(files: string[]): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), "adal-lo-csv-"));
  soffice(
    ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", ...files],
    outDir,
  );
  return new Map(readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name), "utf8")]));
}

/** The workbook opened and saved again as .xlsx by LibreOffice; returns the new file's path. */
export const libreOfficeResave = (file: string): string => libreOfficeConvert(file, "xlsx:Calc MS Excel 2007 XML");

/** What python-docx sees in a .docx: paragraphs, tables (rows of cell texts, which rows repeat), page, font. */
export interface DocxView {
  paragraphs: string[];
  tables: { rows: string[][]; headerRepeated: boolean[] }[];
  header: string[];
  footer: string[];
  /** Field codes in the footer (`PAGE`). */
  footerFields: string[];
  /** Centimetres. */
  page: { width: number; height: number; top: number; right: number; bottom: number; left: number };
  font: string | null;
  size: number | null;
  tableSizes: number[];
}

export function docxView(file: string): DocxView {
  const out = execFileSync("/usr/bin/python3", [join(__dirname, "inspect_docx.py"), file], { encoding: "utf8" });
  return JSON.parse(out) as DocxView;
}

/**
 * A file converted by LibreOffice (`pdf`, `txt:Text (encoded):UTF8`, `xlsx:Calc MS Excel 2007 XML`, or a workbook's
 * pages printed to PDF: `calcPdfPages`); returns the new file's path.
 */
export function libreOfficeConvert(file: string, format: string): string {
  const outDir = mkdtempSync(join(tmpdir(), "adal-lo-"));
  soffice(["--convert-to", format, file], outDir);
  const [name] = readdirSync(outDir);
  if (!name) throw new Error(`LibreOffice wrote nothing for ${file}`);
  return join(outDir, name);
}

/** A workbook printed to PDF, only `pages` of it (e.g. `1`, `2-3`), as `libreOfficeConvert`'s format. */
export const calcPdfPages = (pages: string) => `pdf:calc_pdf_Export:{"PageRange":{"type":"string","value":"${pages}"}}`;

/** The text of each page of a PDF (poppler's pdftotext; pages end with a form feed). */
export function pdfPages(file: string): string[] {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 })
    .split("\f")
    .filter((page) => page.trim() !== "");
}

/**
 * The schema and Excel-rules checker kept beside the repository (`../shared/ooxml-check`, or `OOXML_CHECK` naming
 * its script); null where it is absent, so tests that use it skip and the repository passes without it.
 */
export function ooxmlChecker(): ((file: string) => { ok: boolean; output: string }) | null {
  const script =
    process.env.OOXML_CHECK ?? join(__dirname, "..", "..", "..", "shared", "ooxml-check", "check_ooxml.py");
  if (!existsSync(script)) return null;
  return (file) => {
    const run = spawnSync("/usr/bin/python3", [script, file], { encoding: "utf8" });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  };
}
