import { stat } from "node:fs/promises";
import { resolve } from "node:path";

/** The first path given that does not exist: a usage error, said before anything is read or written. */
export async function firstMissing(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    const code = await stat(path).then(
      () => null,
      (error: { code?: string }) => error.code,
    );
    if (code === "ENOENT" || code === "ENOTDIR") return path;
  }
  return undefined;
}

/** Whether two spellings name one file: the same inode (links, relative or absolute), else the same resolved path. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  if (x && y) return x.dev === y.dev && x.ino === y.ino;
  return resolve(a) === resolve(b);
}

/** What identifies a file whatever its spelling (device and inode); null when it does not exist. */
export async function fileKey(path: string | Buffer): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : null;
}
