import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflate } from "../../../bin/node-inflate";
import { readRoster } from "../../../shared/consolidate/roster";
import { describeFinding } from "../../../shared/findings/describe-finding";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { BINS } from "../../support/valid-entries";

const FIXTURE = join(__dirname, "..", "..", "fixtures", "roster-four-columns", "roster-kk.xlsx");

describe("readRoster", () => {
  it("reads a roster made from the first templates, which end after the district", () => {
    const read = readRoster(new Uint8Array(readFileSync(FIXTURE)), { inflate: nodeInflate });
    if (!read.ok) throw new Error(JSON.stringify(read.report.findings));
    expect(read.lang).toBe("kk");
    expect(read.entries.map((e) => [e.bin, e.name, e.names, e.districts])).toEqual([
      [
        BINS[0],
        "№ 12 жалпы білім беретін мектеп",
        { kk: "№ 12 жалпы білім беретін мектеп", ru: null },
        { kk: "Павлодар қаласы", ru: null },
      ],
      [
        BINS[2],
        "«Ақбота» бөбекжай-бақшасы",
        { kk: "«Ақбота» бөбекжай-бақшасы", ru: null },
        { kk: "Павлодар қаласы", ru: null },
      ],
    ]);
    expect(read.entries[0]?.contacts).toEqual({ responsible: null, contact_email: null, contact_phone: null });
  });

  it("reads each organization's name and district in both languages and whom to ask, by the roster's own language", async () => {
    const bytes = await writeXlsx(
      filledSpec("roster", "ru", {
        Roster: [
          {
            bin: BINS[0],
            org_name: "Школа № 12",
            district: "город Павлодар",
            org_name_other: "№ 12 мектеп",
            district_other: "Павлодар қаласы",
            responsible: "Ахметова А.С.",
            contact_email: "school12@mail.kz",
            contact_phone: "+7 7182 55-12-12",
          },
        ],
      }),
    );
    const read = readRoster(bytes, { inflate: nodeInflate });
    if (!read.ok) throw new Error(JSON.stringify(read.report.findings));
    expect(read.entries[0]).toMatchObject({
      name: "Школа № 12",
      names: { ru: "Школа № 12", kk: "№ 12 мектеп" },
      districts: { ru: "город Павлодар", kk: "Павлодар қаласы" },
      contacts: { responsible: "Ахметова А.С.", contact_email: "school12@mail.kz", contact_phone: "+7 7182 55-12-12" },
    });
  });
});

describe("the roster template and what is not a roster", () => {
  const template = (name: string) => readFileSync(join(__dirname, "../../../workbook-templates", name));

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
