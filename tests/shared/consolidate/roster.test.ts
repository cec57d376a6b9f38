import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readRoster } from "../../../shared/consolidate/roster";
import { describeFinding } from "../../../shared/findings/describe-finding";

const template = (name: string) => readFileSync(join(__dirname, "../../../workbook-templates", name));

describe("the roster", () => {
  it("reads the roster template as a roster without organizations, in its language", () => {
    expect(readRoster(template("roster-kk.xlsx"))).toEqual({ ok: true, entries: [], lang: "kk" });
  });

  it("refuses an organization's workbook with one finding that says it is not a roster", () => {
    const read = readRoster(template("vakr-ru.xlsx"));
    if (read.ok) throw new Error("an organization's workbook read as a roster");
    expect(read.report.findings.map((f) => [f.code, f.params])).toEqual([
      ["template_not_roster", { template: "vakr" }],
    ]);
    expect(describeFinding(read.report.findings[0]!, "en")).toBe(
      "This file is not a roster: choose one made from the roster template.",
    );
  });
});
