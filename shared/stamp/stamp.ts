import type { WorkbookData } from "../findings/workbook-data";
import { canonicalData } from "./canonical-data";
import { type Sha256Hex, sha256Hex } from "./sha256";

/** The `Meta` keys of the validation stamp. */
export const STAMP_KEYS = { hash: "stamp.hash", validatedAt: "stamp.validatedAt", tool: "stamp.tool" } as const;

/** Absent: never stamped; valid: the data is what was validated; changed: edited after validation. */
export type StampStatus = "absent" | "valid" | "changed";

export interface StampCheck {
  readonly status: StampStatus;
  /** The hash of the data as it is now: what a new stamp writes. */
  readonly hash: string;
  /** When the stamp was written (ISO time), as the file says. */
  readonly validatedAt: string | null;
}

export async function checkStamp(
  workbook: WorkbookData,
  meta: ReadonlyMap<string, string>,
  sha256: Sha256Hex = sha256Hex,
): Promise<StampCheck> {
  // The content hash of the workbook's form data.
  const hash = await sha256(canonicalData(workbook));
  return { ...judged(meta, hash), hash };
}

/**
 * The stamp's status and time without the hash a new stamp would write: what consolidation needs. The data is
 * hashed only when the file carries a stamp to compare it with.
 */
export async function stampStatus(
  workbook: WorkbookData,
  meta: ReadonlyMap<string, string>,
  sha256: Sha256Hex = sha256Hex,
): Promise<Omit<StampCheck, "hash">> {
  return judged(meta, stampedHash(meta) ? await sha256(canonicalData(workbook)) : null);
}

const stampedHash = (meta: ReadonlyMap<string, string>) => meta.get(STAMP_KEYS.hash)?.trim().toLowerCase();

function judged(meta: ReadonlyMap<string, string>, hash: string | null): Omit<StampCheck, "hash"> {
  const stamped = stampedHash(meta);
  const status = !stamped ? "absent" : stamped === hash ? "valid" : "changed";
  return { status, validatedAt: meta.get(STAMP_KEYS.validatedAt) || null };
}

/** The `Meta` rows a stamp writes: the hash, the time, and which tool checked it. */
export function stampEntries(hash: string, at: Date, tool: string): readonly (readonly [string, string])[] {
  return [
    [STAMP_KEYS.hash, hash],
    [STAMP_KEYS.validatedAt, at.toISOString()],
    [STAMP_KEYS.tool, tool],
  ];
}
