import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fastBomb } from "../support/small-workbooks";

const adal = join(__dirname, "..", "..", "bin", "adal");
const dir = mkdtempSync(join(tmpdir(), "adal-bomb-"));
const MB = 1024;

/** `adal validate FILE` in a process of its own, and its peak resident memory in KB. */
function peakOf(file: string): { peak: number; stdout: string } {
  const run = spawnSync(
    process.execPath,
    ["-r", join(__dirname, "..", "support", "print-peak.js"), adal, "validate", file],
    {
      encoding: "utf8",
      env: { ...process.env, ADAL_LANG: "en" },
    },
  );
  const peak = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1]);
  return { peak, stdout: run.stdout };
}

describe("a zip bomb", () => {
  // About 10 MB on disk that inflate to 10 GB (the size the fault campaign used), and the same of blank markup.
  it.each([
    ["spaces", " "],
    ["empty rows", "<row/>"],
  ])("of %s costs at most 256 MB above an ordinary workbook, and is refused", (_, unit) => {
    const bomb = join(dir, "bomb.xlsx");
    writeFileSync(bomb, fastBomb(unit, 10_000));
    const ordinary = peakOf(join(__dirname, "..", "..", "workbook-templates", "vakr-kk.xlsx"));
    const hostile = peakOf(bomb);
    expect(hostile.stdout).toContain("bomb.xlsx: not ready — errors: 1");
    expect(hostile.peak - ordinary.peak).toBeLessThan(256 * MB);
  });
});
