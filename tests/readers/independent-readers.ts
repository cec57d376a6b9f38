import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
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
    charts: OpenpyxlChart[];
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
