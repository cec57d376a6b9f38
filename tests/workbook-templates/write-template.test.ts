import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEMPLATE_VARIANTS, templateFileName, writeTemplate } from "../../workbook-templates/src/write-template";

const cases = TEMPLATE_VARIANTS;
const root = join(__dirname, "..", "..");

describe.each(cases)("the %s template in %s", (template, lang) => {
  it("is the same bytes every time it is written, whatever the clock says", async () => {
    const now = await writeTemplate(template, lang);
    jest.useFakeTimers({
      now: new Date("2031-05-05T12:34:56Z"),
      doNotFake: ["nextTick", "setImmediate", "setTimeout", "queueMicrotask"],
    });
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      expect(Buffer.from(await writeTemplate(template, lang)).equals(Buffer.from(now))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it("is committed as generated: regenerate with `npm run templates` after changing the forms", async () => {
    const committed = readFileSync(join(root, "workbook-templates", templateFileName(template, lang)));
    expect(committed.equals(Buffer.from(await writeTemplate(template, lang)))).toBe(true);
  });
});

describe("template bytes", () => {
  it("do not depend on the machine's time zone", () => {
    const dir = mkdtempSync(join(tmpdir(), "adal-tz-"));
    const write = (tz: string) => {
      const file = join(dir, `${tz.replace("/", "-")}.xlsx`);
      execFileSync(join(root, "bin", "adal"), ["template", "--lang", "kk", "--out", file], {
        env: { ...process.env, TZ: tz },
      });
      return readFileSync(file);
    };
    expect(write("Asia/Almaty").equals(write("America/Los_Angeles"))).toBe(true);
  });
});
