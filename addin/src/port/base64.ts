/** A file's bytes to and from base64, as Office.js takes files: `btoa` and `atob` are in browsers and in Node. */

// `String.fromCharCode` takes a limited number of arguments: bytes go in slices.
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += SLICE) text += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(text);
}

export function base64ToBytes(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
