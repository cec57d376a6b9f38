import { strFromU8, unzipSync } from "fflate";
import type { RosterEntry } from "../../../shared/consolidate/roster";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { cellAt } from "../../../shared/xlsx/snapshot";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { summarize, tableRows, type TestFile } from "../../support/consolidation";
import { BINS, changed, VALID_ENTRIES } from "../../support/valid-entries";

const passport = VALID_ENTRIES.Passport?.[0] ?? {};
let good: TestFile;
let faulty: TestFile;

beforeAll(async () => {
  good = { name: "school-12.xlsx", bytes: await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES)) };
  const withErrors = changed({ Contracts: { 0: { amount: "много" } }, Passport: { 0: { contact_phone: null } } });
  faulty = { name: "faulty.xlsx", bytes: await writeXlsx(filledSpec("vakr", "ru", withErrors)) };
});

const rosterEntry = (bin: string, more: Partial<RosterEntry> = {}): RosterEntry => ({
  bin,
  name: "№ 12 мектеп",
  orgType: null,
  district: "Павлодар қаласы",
  ...more,
});

const text = (s: string) => new TextEncoder().encode(s);

describe("Missing and Intake", () => {
  it("say that an organization sent a file too damaged to open, told by the Passport in what survived", async () => {
    const cut = { name: "копия отчёт.xlsx", bytes: good.bytes.slice(0, good.bytes.length - 300) };
    const { snapshot } = await summarize([cut], { roster: [rosterEntry(BINS[0])] });
    const [missing] = tableRows(snapshot, "Missing");
    expect(missing?.note).toMatch(/^Поступил файл копия отчёт\.xlsx, но его не удалось прочитать: Файл повреждён/);
    const [intake] = tableRows(snapshot, "Intake");
    expect(intake).toMatchObject({ org_bin: BINS[0], org_name: passport.org_name_ru, outcome: "отклонён" });
    expect(intake?.reason).toMatch(/Организация определена по паспорту из уцелевших частей файла\.$/);
  });

  it("tell the organization of an unreadable file by its name when it points to one of the roster, and say so", async () => {
    const roster = [rosterEntry(BINS[0]), rosterEntry(BINS[2], { name: "«Ақбота» бөбекжай-бақшасы" })];
    const byBin = { name: `${BINS[0]}_2025.xlsx`, bytes: text("bin;name\n") };
    const byName = { name: "Акбота бөбекжай-бақшасы.xlsx", bytes: new Uint8Array() };
    const nobody = { name: "копия.xlsx", bytes: text("<html></html>") };
    const { snapshot } = await summarize([byBin, byName, nobody], { roster });
    const missing = tableRows(snapshot, "Missing");
    expect(missing.map((m) => [m.org_bin, String(m.note).split(",")[0]])).toEqual([
      [BINS[0], `Поступил файл ${byBin.name}`],
      [BINS[2], `Поступил файл ${byName.name}`],
    ]);
    const intake = new Map(tableRows(snapshot, "Intake").map((r) => [r.file, r]));
    for (const file of [byBin, byName]) {
      expect(intake.get(file.name)?.reason).toMatch(
        /Организация определена по имени файла и списку организаций: проверьте\.$/,
      );
    }
    expect(intake.get(byName.name)?.org_name).toBe("«Ақбота» бөбекжай-бақшасы");
    expect(intake.get(nobody.name)).toMatchObject({ org_bin: null, org_name: null });
    expect(intake.get(nobody.name)?.reason).not.toMatch(/определена/);
  });

  it("give whom to ask from the last Passport sent, the roster filling what it leaves blank, and the roster's alone when none came", async () => {
    const contacts = {
      responsible: "Жұмабаева Г.К.",
      contact_email: "info@mektep.kz",
      contact_phone: "8 (7182) 32-10-10",
    };
    const roster = [rosterEntry(BINS[0], { contacts }), rosterEntry(BINS[2], { contacts })];
    const { snapshot } = await summarize([faulty], { roster });
    const missing = tableRows(snapshot, "Missing");
    expect(missing.map((m) => [m.responsible, m.contact_email, m.contact_phone])).toEqual([
      [passport.responsible, passport.contact_email, contacts.contact_phone],
      [contacts.responsible, contacts.contact_email, contacts.contact_phone],
    ]);
  });
});

describe("names in the summary's language", () => {
  it("come from the roster where it gives them in that language, else from the organization's own Passport", async () => {
    const named = rosterEntry(BINS[0], {
      names: { kk: "№ 12 мектеп", ru: "Школа № 12 (по списку)" },
      districts: { kk: "Павлодар қаласы", ru: "город Павлодар" },
    });
    const inRussian = await summarize([good], { roster: [named], lang: "ru" });
    const [org] = tableRows(inRussian.snapshot, "Orgs");
    expect([org?.org_name, org?.district]).toEqual(["Школа № 12 (по списку)", "город Павлодар"]);
    expect(new Set(tableRows(inRussian.snapshot, "AllStaffing").map((r) => r.org_name))).toEqual(
      new Set(["Школа № 12 (по списку)"]),
    );
    // A roster without the name in Russian: the Passport's Russian name, and the Passport's district.
    const unnamed = await summarize([good], {
      roster: [rosterEntry(BINS[0], { names: { kk: "№ 12 мектеп", ru: null } })],
    });
    const [own] = tableRows(unnamed.snapshot, "Orgs");
    expect([own?.org_name, own?.district]).toEqual([passport.org_name_ru, passport.district]);
  });

  it("name the department in the overview and in every sheet's note and page header when it is given", async () => {
    const department = "Отдел образования города Павлодара";
    const { snapshot, bytes } = await summarize([good], { department });
    const heading = `${department} (БИН ${BINS[1]})`;
    for (const sheet of snapshot.sheets.filter((s) => s.name !== "_meta"))
      expect(String(cellAt(sheet, 2, 1))).toContain(heading);
    const sheets = Object.entries(unzipSync(bytes)).filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
    const headers = sheets.map(([, part]) => /<oddHeader>(.*?)<\/oddHeader>/.exec(strFromU8(part))?.[1] ?? "");
    expect(headers.filter((h) => h.includes(heading))).toHaveLength(snapshot.sheets.length - 1);
    const without = await summarize([good]);
    expect(
      String(cellAt(without.snapshot.sheets[0] ?? { name: "", state: "visible", tables: [], rows: [] }, 2, 1)),
    ).toContain(`Отдел образования (БИН ${BINS[1]})`);
  });
});
