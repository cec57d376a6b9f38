import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";

// Excel's lock file of an open workbook (`~$school.xlsx`): not a workbook anybody sent.
const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$");

/**
 * The files a user means: a file as named (whatever its name, so nothing given is skipped), a folder
 * as every .xlsx workbook in it and its subfolders, in name order. A path that does not exist stays,
 * so it gets its own finding.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  return (await namedInputs(paths)).map((input) => input.path);
}

/**
 * The same files with the names a ledger shows: a file given by itself by its own name, a file found
 * in a folder by its path inside that folder (`district-2/school-12.xlsx`), wherever the folder is.
 */
export async function namedInputs(paths: readonly string[]): Promise<{ path: string; name: string }[]> {
  const named: { path: string; name: string }[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) named.push({ path, name: basename(path) });
    else
      for (const file of await workbooksIn(path))
        named.push({ path: file, name: relative(path, file).split(sep).join("/") });
  }
  return named;
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
