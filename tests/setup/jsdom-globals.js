// Component tests run in jsdom (a `@jest-environment jsdom` docblock), which lacks some of what browsers and
// Node both have and the pane uses: text encoding, Web Crypto's digest (the validation stamp), structuredClone; and layout, which Fluent's
// message bars observe to reflow (jsdom lays nothing out: nothing to observe); a file's bytes, and object URLs.
if (typeof window !== "undefined") {
  const { TextDecoder, TextEncoder } = require("node:util");
  const { webcrypto } = require("node:crypto");
  const v8 = require("node:v8");
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });
  // The workbooks cloned are plain data, which V8's serializer copies as structuredClone does.
  globalThis.structuredClone ??= (value) => v8.deserialize(v8.serialize(value));
  globalThis.Blob.prototype.arrayBuffer ??= function arrayBuffer() {
    return new Promise((resolve, reject) => {
      const reader = new globalThis.FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
  globalThis.URL.createObjectURL ??= () => "blob:jsdom";
  globalThis.URL.revokeObjectURL ??= () => undefined;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
