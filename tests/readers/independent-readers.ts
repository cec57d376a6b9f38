import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What openpyxl sees in a workbook. */
export interface OpenpyxlView {
  sheets: {
    title: string;
    state: "visible" | "hidden" | "veryHidden";
    tables: Record<string, string>;
    freeze: string | null;
    printTitleRows: string | null;
    validations: { type: string; sqref: string; formula1: string | null; prompt: string | null; strict: boolean }[];
    /** A data bar's colour as ARGB; null for other types. */
    conditionalFormats: { sqref: string; type: string; color: string | null }[];
    /** A date's value as ISO text. */
    cells: Record<string, { value: unknown; format: string }>;
  }[];
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
export function libreOfficeResave(file: string): string {
  const outDir = mkdtempSync(join(tmpdir(), "adal-lo-xlsx-"));
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", file], outDir);
  const [name] = readdirSync(outDir);
  if (!name) throw new Error(`LibreOffice wrote nothing for ${file}`);
  return join(outDir, name);
}

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

/** A document converted by LibreOffice Writer (`pdf`, `txt:Text (encoded):UTF8`); returns the new file's path. */
export function libreOfficeConvert(file: string, format: string): string {
  const outDir = mkdtempSync(join(tmpdir(), "adal-lo-doc-"));
  soffice(["--convert-to", format, file], outDir);
  const [name] = readdirSync(outDir);
  if (!name) throw new Error(`LibreOffice wrote nothing for ${file}`);
  return join(outDir, name);
}

/** The text of each page of a PDF (poppler's pdftotext; pages end with a form feed). */
export function pdfPages(file: string): string[] {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 })
    .split("\f")
    .filter((page) => page.trim() !== "");
}

/** The PDF's pages as PNG files `prefix-1.png`, ... (pdftoppm), at `dpi`. */
export function pdfToPng(file: string, prefix: string, dpi = 60, lastPage?: number): void {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), ...(lastPage ? ["-l", String(lastPage)] : []), file, prefix]);
}
