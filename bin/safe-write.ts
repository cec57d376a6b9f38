import { unlinkSync } from "node:fs";
import { type FileHandle, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { type Lang, tc } from "../shared/i18n";
import { faultOf, faultWords } from "./fault-words";

/** Another run holds `FILE.part`: it is writing the same file now, or was stopped before it could clean up. */
export class DestinationBusy extends Error {
  constructor(readonly part: string) {
    super(`${part} exists`);
  }
}

// A run stopped by Ctrl-C or `kill` removes its parts, so the next run is not told that another is writing.
const openParts = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
function removePartsAndExit(signal: NodeJS.Signals): void {
  for (const part of openParts) {
    try {
      unlinkSync(part);
    } catch {
      // Gone already.
    }
  }
  process.exit(SIGNALS[signal as keyof typeof SIGNALS] ?? 1);
}
function holdPart(part: string): void {
  if (openParts.size === 0) for (const signal of Object.keys(SIGNALS)) process.on(signal, removePartsAndExit);
  openParts.add(part);
}
function releasePart(part: string): void {
  openParts.delete(part);
  if (openParts.size === 0) for (const signal of Object.keys(SIGNALS)) process.off(signal, removePartsAndExit);
}

/**
 * A file written whole or not at all. Opening it checks the destination before any work: its folder is made,
 * it is not a folder itself, and `FILE.part` is created exclusively, which is also the lock that stops a
 * second run writing the same file. Committing writes the part, flushes it to the disk and renames it over
 * the file; on any failure the part is removed and the earlier file stays as it was.
 */
export class Destination {
  private constructor(
    readonly file: string,
    private readonly part: string,
    private handle: FileHandle | null,
  ) {}

  static async open(file: string): Promise<Destination> {
    if ((await stat(file).catch(() => null))?.isDirectory()) throw faultOf("EISDIR");
    await mkdir(dirname(file), { recursive: true }).catch((error: { code?: string }) => {
      // A file where a folder of the path should be.
      throw error.code === "EEXIST" ? faultOf("ENOTDIR") : error;
    });
    const part = `${file}.part`;
    const handle = await open(part, "wx").catch((error: { code?: string }) => {
      throw error.code === "EEXIST" ? new DestinationBusy(part) : error;
    });
    holdPart(part);
    return new Destination(file, part, handle);
  }

  async commit(chunks: Iterable<Uint8Array>): Promise<void> {
    const handle = this.handle;
    if (!handle) throw new Error(`${this.file} was already committed or abandoned`);
    try {
      for (const chunk of chunks)
        for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at, chunk.length - at)).bytesWritten;
      await handle.sync();
      this.handle = null;
      await handle.close();
      await rename(this.part, this.file);
      releasePart(this.part);
    } catch (error) {
      this.handle = handle;
      await this.abandon();
      throw error;
    }
  }

  /** Gives up: the part removed, the earlier file untouched. */
  async abandon(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    this.handle = null;
    await handle.close().catch(() => undefined);
    await unlink(this.part).catch(() => undefined);
    releasePart(this.part);
  }
}

/** Writes a file whole or not at all (see Destination). */
export async function writeWhole(file: string, chunks: Iterable<Uint8Array>): Promise<void> {
  await (await Destination.open(file)).commit(chunks);
}

/** Why `file` could not be written, for the user: the cause in plain words, or that another run is writing it. */
export function writeFailure(error: unknown, file: string, ui: Lang): string {
  if (error instanceof DestinationBusy) return tc(ui, "cli.busy", { file, part: error.part });
  return tc(ui, "cli.cannotWrite", { file, reason: faultWords(error, ui) });
}
