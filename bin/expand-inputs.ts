import { readdir, stat } from "node:fs/promises";
import { basename, join, sep } from "node:path";
import type { FilePath } from "./read-regular";

// Excel's lock file of an open workbook (`~$school.xlsx`): not a workbook anybody sent.
const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$");

/** A file to read, as the user means it. */
export interface Input {
  /** Where it is: a Buffer when a folder gave a name that is not valid UTF-8, so it is opened as it was listed. */
  readonly path: FilePath;
  /** Its path as text, for showing (bytes that are not UTF-8 as replacement characters). */
  readonly shown: string;
  /** Its name in a ledger: a file given by itself by its own name, a file found in a folder by its path inside it. */
  readonly name: string;
  /** Why it cannot be read, found while listing (a folder that cannot be opened): a system error code. */
  readonly fault?: string;
}

/** The inputs, and the folders given that hold no workbook at all. */
export interface Expanded {
  readonly inputs: Input[];
  readonly empty: string[];
}

/**
 * The files a user means: a file as named (whatever its name, so nothing given is skipped), a folder as every
 * .xlsx in it and its subfolders, in name order. Links are followed (a link back to a folder above is not, so a
 * loop ends); whatever has a workbook's name is listed, so a pipe, a device or a dangling link is read and
 * refused with its reason rather than silently left out; a subfolder that cannot be opened is listed too.
 * Two files of one name are named with as much of their path as tells them apart (`a/school.xlsx`).
 */
export async function expandInputs(paths: readonly string[]): Promise<Expanded> {
  const inputs: Input[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      inputs.push({ path, shown: path, name: basename(path) });
      continue;
    }
    const found: Input[] = [];
    await walk({ path, shown: path, inside: [] }, new Set([key(info)]), found);
    if (found.length === 0) empty.push(path);
    inputs.push(...found);
  }
  return { inputs: distinctNames(inputs), empty };
}

interface Folder {
  readonly path: FilePath;
  readonly shown: string;
  /** Its path inside the folder given, as names. */
  readonly inside: readonly string[];
}

const key = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;
const SEP = Buffer.from(sep);

/** A path as text while every name in it is valid UTF-8, else as the bytes the folders gave. */
function within(folder: FilePath, raw: Buffer, text: string): FilePath {
  if (typeof folder === "string" && Buffer.from(text).equals(raw)) return join(folder, text);
  return Buffer.concat([typeof folder === "string" ? Buffer.from(folder) : folder, SEP, raw]);
}

async function walk(folder: Folder, above: ReadonlySet<string>, found: Input[]): Promise<void> {
  let names: Buffer[];
  try {
    names = await readdir(folder.path, { encoding: "buffer" });
  } catch (error) {
    const fault = (error as { code?: string }).code ?? String(error);
    found.push({ path: folder.path, shown: folder.shown, name: `${folder.inside.join("/")}/`, fault });
    return;
  }
  const entries = names.map((raw) => ({ raw, text: raw.toString("utf8") }));
  entries.sort((a, b) => a.text.localeCompare(b.text) || Buffer.compare(a.raw, b.raw));
  for (const { raw, text } of entries) {
    const path = within(folder.path, raw, text);
    const shown = join(folder.shown, text);
    const inside = [...folder.inside, text];
    const info = await stat(path).catch((error: { code?: string }) => error);
    if (!("isDirectory" in info)) {
      // What cannot even be looked at may be a folder of workbooks: listed with why, unless it is a link to
      // nothing without a workbook's name.
      if (isWorkbook(text) || info.code !== "ENOENT")
        found.push({ path, shown, name: inside.join("/"), ...(isWorkbook(text) ? {} : { fault: info.code }) });
    } else if (info.isDirectory()) {
      if (above.has(key(info))) found.push({ path, shown, name: `${inside.join("/")}/`, fault: "LINK_LOOP" });
      else await walk({ path, shown, inside }, new Set([...above, key(info)]), found);
    } else if (isWorkbook(text)) found.push({ path, shown, name: inside.join("/") });
  }
}

/** Names that repeat take more of their shown path, one folder at a time, until they differ. */
function distinctNames(inputs: readonly Input[]): Input[] {
  const named = [...inputs];
  for (let grown = true; grown;) {
    grown = false;
    const count = new Map<string, number>();
    for (const input of named) count.set(input.name, (count.get(input.name) ?? 0) + 1);
    named.forEach((input, i) => {
      if ((count.get(input.name) ?? 0) < 2) return;
      const parts = input.shown.split(sep).filter((p) => p !== "");
      const depth = input.name.split("/").filter((p) => p !== "").length + 1;
      if (depth > parts.length) return;
      named[i] = { ...input, name: parts.slice(-depth).join("/") + (input.name.endsWith("/") ? "/" : "") };
      grown = true;
    });
  }
  return named;
}
