import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

// Excel's lock file of an open workbook (`~$school.xlsx`): not a workbook anybody sent.
const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$");

/**
 * The files a user means: a file as named (whatever its name, so nothing given is skipped), a folder
 * as every .xlsx workbook in it and its subfolders, in name order. A path that does not exist stays,
 * so it gets its own finding.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) files.push(path);
    else files.push(...(await workbooksIn(path)));
  }
  return files;
}

async function workbooksIn(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await workbooksIn(path)));
    else if (entry.isFile() && isWorkbook(entry.name)) files.push(path);
  }
  return files;
}
