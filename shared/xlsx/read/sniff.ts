import type { NotZipKind } from "./file-fault";

/** What a file is, by its first bytes: only a zip can be an .xlsx. */
export type Sniffed =
  | { readonly kind: "empty" }
  | { readonly kind: "zip" }
  | { readonly kind: "ole" }
  /** Anything else, named as a code. */
  | { readonly kind: "other"; readonly looksLike: NotZipKind };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "empty" };
  // PK: local file header, or the end record of an empty archive.
  if (startsWith(bytes, [0x50, 0x4b, 3, 4]) || startsWith(bytes, [0x50, 0x4b, 5, 6])) return { kind: "zip" };
  if (startsWith(bytes, OLE)) return { kind: "ole" };
  return { kind: "other", looksLike: looksLike(bytes) };
}

function looksLike(bytes: Uint8Array): NotZipKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return "image";
  const head = bytes.subarray(0, 4096);
  const utf16 = startsWith(head, [0xff, 0xfe]) ? "utf-16le" : startsWith(head, [0xfe, 0xff]) ? "utf-16be" : null;
  if (!utf16 && !isText(head)) return "binary";
  // Excel's "Unicode text" is UTF-16.
  const text = new TextDecoder(utf16 ?? "utf-8").decode(head).trimStart().toLowerCase();
  if (text.startsWith("{\\rtf")) return "rtf";
  if (/^(<!doctype html|<html|<head|<body|<table|<meta)/.test(text) || /<html[\s>]/.test(text)) return "html";
  if (text.startsWith("<")) return "xml";
  const firstLine = text.split("\n", 1)[0] ?? "";
  return /[,;\t]/.test(firstLine) ? "csv" : "text";
}

/** No control bytes but tab, CR, LF (UTF-8 and single-byte encodings pass; UTF-16 has zeros). */
function isText(head: Uint8Array): boolean {
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13) return false;
  return true;
}
