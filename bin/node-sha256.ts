import { createHash } from "node:crypto";
import type { Sha256Hex } from "../shared/stamp";

/** Node's SHA-256 answers at once; Web Crypto's goes through the thread pool, a wait per file on a busy machine. */
export const nodeSha256: Sha256Hex = (data) => createHash("sha256").update(data).digest("hex");
