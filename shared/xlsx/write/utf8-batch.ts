const encoder = new TextEncoder();

/**
 * Text gathered as UTF-8 as it comes, counted in UTF-16 code units as `string.length` counts them. Encoding each
 * piece (a row) into one buffer is faster than encoding the batch as one long string: that string would be
 * flattened first, and its ASCII markup would be encoded as two-byte text once any row holds Cyrillic.
 */
export class Utf8Batch {
  private bytes: Uint8Array;
  private size = 0;
  private length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Code units added since the batch began. */
  get chars(): number {
    return this.length;
  }

  add(text: string): void {
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    const most = this.size + text.length * 3;
    if (most > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(most, 2 * this.bytes.length));
      bigger.set(this.bytes.subarray(0, this.size));
      this.bytes = bigger;
    }
    this.size += encoder.encodeInto(text, this.bytes.subarray(this.size)).written;
    this.length += text.length;
  }

  /** The bytes gathered, as a copy of their own; the batch begins again. */
  take(): Uint8Array {
    const taken = this.bytes.slice(0, this.size);
    this.size = 0;
    this.length = 0;
    return taken;
  }
}
