/**
 * SHA-256 of bytes or UTF-8 text as lowercase hex. The Web Crypto both Node and browsers have answers
 * asynchronously, through Node's thread pool: the command line passes Node's synchronous hash instead.
 */
export type Sha256Hex = (data: string | Uint8Array) => string | Promise<string>;

/** SHA-256 of bytes or UTF-8 text as lowercase hex, with the Web Crypto both Node and browsers have. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
