import { checkDigit } from "../../../shared/values/id-number";
import type { Random } from "./random";

const digitsOf = (text: string) => [...text].map(Number);

/** The 11 digits with their check digit, or null when no check digit exists for them. */
function withCheckDigit(first11: string): string | null {
  const check = checkDigit(digitsOf(first11));
  return check === null ? null : first11 + String(check);
}

/**
 * A BIN: registration year and month, 4 (a resident legal entity), 0 (a head office), then a 5-digit
 * serial. A given serial (a sample's seed) keeps BINs of different samples apart.
 */
export function randomBin(random: Random, serial = random.int(0, 99_999)): string {
  for (;;) {
    const yymm = String(random.int(0, 24)).padStart(2, "0") + String(random.int(1, 12)).padStart(2, "0");
    const bin = withCheckDigit(`${yymm}40${String(serial % 100_000).padStart(5, "0")}`);
    if (bin) return bin;
  }
}

/** A person's IIN (an individual entrepreneur's number): birth date, century and sex, a serial. */
export function randomIin(random: Random): string {
  for (;;) {
    const year = random.int(1960, 2000);
    const female = random.chance(0.5);
    const century = (year < 2000 ? 3 : 5) + (female ? 1 : 0);
    const birth =
      String(year % 100).padStart(2, "0") +
      String(random.int(1, 12)).padStart(2, "0") +
      String(random.int(1, 28)).padStart(2, "0");
    const iin = withCheckDigit(`${birth}${century}${String(random.int(0, 9999)).padStart(4, "0")}`);
    if (iin) return iin;
  }
}
