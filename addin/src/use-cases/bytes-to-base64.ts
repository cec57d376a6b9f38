// `String.fromCharCode` takes a limited number of arguments: bytes go in slices.
const SLICE = 0x8000;

/** Base64 of a file's bytes, as Office.js takes files. */
export function bytesToBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += SLICE) text += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(text);
}
