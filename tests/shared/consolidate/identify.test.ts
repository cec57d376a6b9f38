import { nodeInflate } from "../../../bin/node-inflate";
import { identifyDamaged, rosterEntryByFileName } from "../../../shared/consolidate/identify";
import type { RosterEntry } from "../../../shared/consolidate/roster";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import { readLocalHeaders } from "../../../shared/xlsx/read/zip";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { BINS, VALID_ENTRIES } from "../../support/valid-entries";

let whole: Uint8Array;
beforeAll(async () => {
  whole = await writeXlsx(filledSpec("vakr", "kk", VALID_ENTRIES));
});

const endOf = (part: string): number => {
  const entry = readLocalHeaders(whole).get(part);
  if (!entry) throw new Error(`no part ${part}`);
  return entry.localHeaderOffset + 30 + entry.name.length + entry.compressedSize;
};

describe("identifyDamaged", () => {
  it("tells a workbook cut short by the Passport in what survived, at every cut once its sheet and strings are whole, and never names another", () => {
    const passport = VALID_ENTRIES.Passport?.[0];
    const needed = Math.max(endOf("xl/worksheets/sheet1.xml"), endOf("xl/sharedstrings.xml"));
    const cuts = [
      1000,
      endOf("xl/worksheets/sheet1.xml") - 1,
      needed,
      ...[0.5, 0.8, 0.9, 0.97, 0.999].map((share) => Math.floor(whole.length * share)),
      whole.length - 22,
      whole.length - 1,
    ];
    for (const cut of cuts) {
      const bytes = whole.slice(0, cut);
      expect(readWorkbook(bytes, { inflate: nodeInflate }).ok).toBe(false);
      const identity = identifyDamaged(bytes, { inflate: nodeInflate });
      if (cut < endOf("xl/worksheets/sheet1.xml")) expect(identity).toBeNull();
      else if (cut >= needed)
        expect(identity).toEqual({
          bin: BINS[0],
          names: { kk: passport?.org_name_kk, ru: passport?.org_name_ru },
          contacts: {
            responsible: passport?.responsible,
            contact_email: passport?.contact_email,
            contact_phone: passport?.contact_phone,
          },
          identifiedBy: "salvaged",
        });
      else expect([null, BINS[0]]).toContain(identity?.bin ?? null);
    }
  });
});

describe("rosterEntryByFileName", () => {
  const entry = (bin: string, kk: string, ru: string | null = null): RosterEntry => ({
    bin,
    name: kk,
    orgType: null,
    district: null,
    names: { kk, ru },
  });
  const roster = [
    entry(BINS[0], "№ 12 жалпы білім беретін мектеп", "Школа № 12"),
    entry(BINS[1], "№ 120 мектеп", "Школа № 120"),
    entry(BINS[2], "«Ақбота» бөбекжай-бақшасы"),
  ];

  it("finds the organization whose BIN the file's name holds", () => {
    expect(rosterEntryByFileName(`${BINS[1]}_2025_Школа.xlsx`, roster)?.bin).toBe(BINS[1]);
    expect(rosterEntryByFileName(`inbox/${BINS[2]}.xlsx`, roster)?.bin).toBe(BINS[2]);
  });

  it("finds the organization whose name in either language stands whole in the file's name, quotes and case aside", () => {
    expect(rosterEntryByFileName("школа №12 итог.xlsx", roster)?.bin).toBe(BINS[0]);
    expect(rosterEntryByFileName("Акбота бөбекжай-бақшасы.xlsx", roster)?.bin).toBe(BINS[2]);
  });

  it("finds none when the name points to none, or to more than one", () => {
    expect(rosterEntryByFileName("копия отчёт.xlsx", roster)).toBeNull();
    expect(rosterEntryByFileName("школа 1.xlsx", roster)).toBeNull();
    expect(rosterEntryByFileName(`${BINS[0]} ${BINS[1]}.xlsx`, roster)).toBeNull();
    const twice = [...roster, entry(BINS[3], "Школа № 12")];
    expect(rosterEntryByFileName("Школа № 12.xlsx", twice)).toBeNull();
  });
});
