import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { consolidate, ledgerJson, RosterUnusable } from "../../../shared/consolidate/consolidate";
import type { Examined } from "../../../shared/consolidate/examined";
import { LISTS } from "../../../shared/forms";
import { DETAILS, PROCEDURE } from "../../../shared/forms/summary";
import { type CellValue, isDateCell } from "../../../shared/values";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { sampleOrg, sampleWorkbook } from "../../../workbook-templates/src/sample";
import { examine, summarize, tableRows, type TestFile } from "../../support/consolidation";
import { libreOfficeCsv, openpyxlView } from "../../readers/independent-readers";
import { itInOtherPrograms } from "../../support/other-programs";
import { BINS, changed, VALID_ENTRIES } from "../../support/valid-entries";

const num = (v: CellValue | undefined) => (typeof v === "number" ? v : 0);
const yes = LISTS.yesNo.items[0]?.labels.ru;

let good: TestFile[] = [];
let faulty: TestFile;

beforeAll(async () => {
  good = await Promise.all(
    [1, 2, 3, 4].map(async (seed) => ({
      name: `org-${seed}.xlsx`,
      bytes: await sampleWorkbook(seed, { lang: seed % 2 ? "kk" : "ru" }),
    })),
  );
  const withErrors = changed({ Contracts: { 0: { amount: "много" } } });
  faulty = { name: "faulty.xlsx", bytes: await writeXlsx(filledSpec("vakr", "ru", withErrors)) };
});

describe("consolidation", () => {
  it("gives every file it is given exactly one Intake row, whatever the mix of good, bad, duplicate and broken files", async () => {
    const truncated = (f: TestFile): TestFile => ({ name: "t", bytes: f.bytes.slice(0, 2000) });
    const text: TestFile = { name: "t", bytes: new TextEncoder().encode("bin;name\n040540000004;Мектеп\n") };
    const empty: TestFile = { name: "t", bytes: new Uint8Array() };
    const pool: Examined[] = await Promise.all(
      [...good, faulty, truncated(good[0] as TestFile), text, empty].map(examine),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ pick: fc.nat(pool.length - 1), modified: fc.nat(5) }), { minLength: 1, maxLength: 9 }),
        async (picks) => {
          const files = picks.map(({ pick, modified }, i) => ({
            ...(pool[pick] as Examined),
            file: `file-${i}.xlsx`,
            modified,
          }));
          const { snapshot, plan } = await summarize(files);
          const intake = tableRows(snapshot, "Intake");
          expect(intake.map((r) => r.file).sort()).toEqual(files.map((f) => f.file).sort());
          const accepted = plan.accepted.map((a) => a.unit.bin);
          expect(new Set(accepted).size).toBe(accepted.length);
          expect(tableRows(snapshot, "Orgs")).toHaveLength(accepted.length);
        },
      ),
      { numRuns: 15 },
    );
  });

  describe("a summary of four organizations", () => {
    let snapshot: Awaited<ReturnType<typeof summarize>>["snapshot"];
    beforeAll(async () => {
      ({ snapshot } = await summarize(good));
    });

    it("sums each organization's figures in Orgs from its own rows in the detail tables", () => {
      const orgs = tableRows(snapshot, "Orgs");
      expect(orgs).toHaveLength(4);
      for (const org of orgs) {
        const of = (table: string) => tableRows(snapshot, table).filter((r) => r.org_bin === org.org_bin);
        const staff = of("AllStaffing");
        const sum = (rows: Record<string, CellValue>[], key: string) => rows.reduce((s, r) => s + num(r[key]), 0);
        expect(org.units).toBeCloseTo(sum(staff, "units"), 9);
        expect(org.occupied).toBe(sum(staff, "occupied"));
        expect(org.hired).toBe(sum(staff, "hired"));
        expect(org.dismissed).toBe(sum(staff, "dismissed"));
        expect(org.turnover).toBeCloseTo(
          Math.round((sum(staff, "dismissed") / sum(staff, "occupied")) * 1000) / 1000,
          9,
        );
        expect(org.risk_positions).toBe(staff.filter((r) => r.risk_position === yes).length);
        expect(org.risk_positions).toBe(of("RiskPositions").length);
        expect(org.conflict_pairs).toBe(of("AllConflicts").length);
        expect(org.direct_subordination).toBe(of("AllConflicts").filter((r) => r.direct_subordination === yes).length);
        expect(org.services_total).toBe(sum(of("AllServices"), "total"));
        expect(org.services_late).toBe(sum(of("AllServices"), "late"));
        expect(org.contracts_count).toBe(of("AllContracts").length);
        expect(org.contracts_amount).toBeCloseTo(sum(of("AllContracts"), "amount") / 1000, 6);
        expect(org.risks_count).toBe(of("AllRisks").length);
        expect(org.risk_directions).toBe(new Set(of("AllRisks").map((r) => r.direction)).size);
        expect(org.risks_count).toBeGreaterThan(0);
      }
    });

    it("sums ServicesByChannel from AllServices, service by service", () => {
      const services = tableRows(snapshot, "AllServices");
      const byChannel = tableRows(snapshot, "ServicesByChannel");
      expect(byChannel.length).toBeGreaterThan(1);
      for (const row of byChannel) {
        const same = services.filter((s) => s.service === row.service);
        for (const key of ["via_portal", "via_is", "on_paper", "total", "late", "refusals", "complaints"])
          expect(row[key]).toBe(same.reduce((s, r) => s + num(r[key]), 0));
      }
      expect(byChannel.reduce((s, r) => s + num(r.total), 0)).toBe(services.reduce((s, r) => s + num(r.total), 0));
    });

    it("numbers the merged risk list and keeps each risk's organization and direction", () => {
      const risks = tableRows(snapshot, "AllRisks");
      const list = tableRows(snapshot, "RiskList");
      expect(list.map((r) => r.no)).toEqual(risks.map((_, i) => i + 1));
      expect(list.map((r) => [r.risk, r.org_name, r.direction])).toEqual(
        risks.map((r) => [r.risk, r.org_name, r.direction]),
      );
    });

    it("carries each organization's procedure in Orgs, as its Passport gives it", () => {
      const orgs = tableRows(snapshot, "Orgs");
      for (const seed of [1, 2, 3, 4]) {
        const passport = sampleOrg(seed, { lang: seed % 2 ? "kk" : "ru" }).entries.Passport?.[0] ?? {};
        const row = orgs.find((r) => r.org_bin === passport.bin);
        // Dates come back as date cells: their serial is the Passport's.
        const value = (cell: CellValue | undefined) => (cell !== undefined && isDateCell(cell) ? cell.serial : cell);
        for (const key of PROCEDURE) expect({ key, value: value(row?.[key]) }).toEqual({ key, value: passport[key] });
        expect(row?.head_name).toMatch(/^\p{Lu}\.\p{Lu}\. /u);
      }
    });

    it("lists every organization's nine directions in AllDirections, named in the summary's language", () => {
      const rows = tableRows(snapshot, "AllDirections");
      expect(rows).toHaveLength(4 * 9);
      for (const seed of [1, 2, 3, 4]) {
        const org = sampleOrg(seed, { lang: seed % 2 ? "kk" : "ru" });
        const own = rows.filter((r) => r.org_bin === org.bin);
        expect(own.map((r) => r.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(own.map((r) => r.direction)).toEqual(LISTS.direction.items.map((i) => i.labels.ru));
        const entered = org.entries.Directions ?? [];
        expect(own.map((r) => [r.conclusion, r.recommendation ?? null])).toEqual(
          entered.map((d) => [d.conclusion, d.recommendation ?? null]),
        );
        const risksFound = own.filter((r) => r.risks_found === yes).map((r) => r.code);
        expect(risksFound.length).toBeGreaterThan(0);
      }
    });

    it("marks itself as a summary in its hidden _meta, in its language", () => {
      const meta = snapshot.sheets.find((s) => s.name === "_meta");
      expect(meta?.state).toBe("hidden");
      expect(meta?.rows.slice(1, 4).map((r) => r?.slice(0, 2))).toEqual([
        ["template", "vakr-summary"],
        ["version", "2"],
        ["lang", "ru"],
      ]);
    });
  });

  it("writes the same bytes whatever order the files come in", async () => {
    const files = [...good, faulty, { ...(good[1] as TestFile), name: "again.xlsx", modified: 5 }];
    const first = await summarize(files);
    const shuffled = await summarize([files[3], files[5], files[0], files[4], files[2], files[1]] as TestFile[]);
    expect(Buffer.from(shuffled.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it("gives Kazakh and Russian workbooks of the same data the same figures and rows", async () => {
    const kk = await writeXlsx(filledSpec("vakr", "kk", inLanguage(VALID_ENTRIES, "kk")));
    const ru = await writeXlsx(filledSpec("vakr", "ru", VALID_ENTRIES));
    const a = await summarize([{ name: "same.xlsx", bytes: kk }]);
    const b = await summarize([{ name: "same.xlsx", bytes: ru }]);
    expect(a.plan.accepted).toHaveLength(1);
    for (const table of [...DETAILS.map((d) => d.table.id), "ServicesByChannel"])
      expect(tableRows(a.snapshot, table)).toEqual(tableRows(b.snapshot, table));
    const figures = (rows: Record<string, CellValue>[]) => rows.map(({ source_sha256: _, ...rest }) => rest);
    expect(figures(tableRows(a.snapshot, "Orgs"))).toEqual(figures(tableRows(b.snapshot, "Orgs")));
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const tricky = ['=HYPERLINK("http://example.kz","жүктеу")', "+7 777 123 45 67", "00123", "=1+1"];
    const entries = changed({
      Contracts: { 0: { subject: tricky[0], notes: tricky[1], contract_no: tricky[2] } },
      Conflicts: { 0: { appointed_by: tricky[3] } },
    });
    const { bytes, snapshot } = await summarize([
      { name: "tricky.xlsx", bytes: await writeXlsx(filledSpec("vakr", "ru", entries)) },
    ]);
    const contract = tableRows(snapshot, "AllContracts")[0];
    expect([contract?.subject, contract?.notes, contract?.contract_no]).toEqual(tricky.slice(0, 3));
    expect(tableRows(snapshot, "AllConflicts")[0]?.appointed_by).toBe(tricky[3]);
    // No sheet of the summary holds a formula: text is written as text.
    const parts = unzipSync(bytes);
    for (const [name, part] of Object.entries(parts))
      if (name.startsWith("xl/worksheets/")) expect(strFromU8(part)).not.toMatch(/<f[ >]/);
  });

  it("lists roster organizations without an accepted workbook in Missing, naming a file that was rejected, by its Passport's name in the summary's language", async () => {
    const roster = [
      { bin: BINS[0], name: "Школа № 12", orgType: "school", district: "г. Павлодар" },
      { bin: BINS[2], name: "Балабақша «Ақбота»", orgType: "kindergarten", district: "г. Павлодар" },
    ];
    const { snapshot } = await summarize([faulty, ...good.slice(0, 1)], { roster });
    const missing = tableRows(snapshot, "Missing");
    expect(missing.map((m) => [m.org_bin, m.org_name])).toEqual([
      [BINS[0], "Общеобразовательная школа № 12"],
      [BINS[2], "Балабақша «Ақбота»"],
    ]);
    expect(missing[0]?.note).toContain("faulty.xlsx");
    expect(missing[1]?.note).toBe("Файл не поступал.");
    const intake = tableRows(snapshot, "Intake");
    expect(intake.find((r) => r.file === "org-1.xlsx")?.reason).toBe("Организации нет в списке: проверьте список.");
    expect(intake.find((r) => r.file === "faulty.xlsx")).toMatchObject({ outcome: "отклонён", errors: 1 });
    expect(String(intake.find((r) => r.file === "faulty.xlsx")?.reason)).toMatch(/^Ошибок: 1\. Договоры!H4: «много»/);
  });

  it("continues a table past a sheet's rows on further sheets, and reads the parts back as one table", async () => {
    const whole = await summarize(good.slice(0, 2));
    const split = await summarize(good.slice(0, 2), { rowsPerSheet: 30 });
    const names = split.snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toEqual(expect.arrayContaining(["AllContracts", "AllContracts_2", "AllContracts_3"]));
    expect(split.snapshot.sheets.map((s) => s.name)).toContain("Договоры (все) 2");
    expect(tableRows(split.snapshot, "AllContracts")).toEqual(tableRows(whole.snapshot, "AllContracts"));
    // A summary in parts is an input like any other: its organizations come back whole.
    const again = await summarize([{ name: "split.xlsx", bytes: split.bytes }]);
    expect(tableRows(again.snapshot, "AllContracts")).toEqual(tableRows(whole.snapshot, "AllContracts"));
  });

  itInOtherPrograms(
    "opens in LibreOffice, and openpyxl sees its tables, frozen headers, formats and data bars",
    async () => {
      const { bytes } = await summarize(good.slice(0, 2), { lang: "kk" });
      const file = join(mkdtempSync(join(tmpdir(), "adal-summary-")), "summary.xlsx");
      writeFileSync(file, bytes);
      const view = openpyxlView(file, ["G4", "T4", "M4"]);
      const orgs = view.sheets.find((s) => s.title === "Ұйымдар");
      expect(orgs?.tables).toEqual({ Orgs: "A3:AI5" });
      expect(orgs?.freeze).toBe("A4");
      expect(orgs?.cells.G4?.format).toBe("dd.mm.yyyy");
      expect(orgs?.cells.T4?.format).toBe("#,##0.0");
      expect(orgs?.cells.M4?.format).toBe("0.0%");
      expect(orgs?.conditionalFormats.filter((c) => c.type === "dataBar")).toHaveLength(6);
      expect(view.sheets.find((s) => s.title === "_meta")?.state).toBe("hidden");
      expect(view.sheets.flatMap((s) => Object.keys(s.tables))).toEqual([
        "Orgs",
        "AllDirections",
        "AllStaffing",
        "AllConflicts",
        "AllServices",
        "AllContracts",
        "AllRisks",
        "ServicesByChannel",
        "RiskPositions",
        "RiskList",
        "Intake",
        "Missing",
        "Meta",
      ]);
      const csv = libreOfficeCsv([file]);
      expect([...csv.values()].join("\n")).toContain("Ұйымның БСН");
      expect(csv.size).toBe(14); // the overview, 12 tables' sheets and _meta
    },
  );
});

describe("one consolidation run", () => {
  const received = (f: TestFile, i: number) => ({ name: f.name, modified: i, bytes: f.bytes });

  it("reports its progress in order, pausing before each file and before writing, and gives the ledger with its counts", async () => {
    const events: string[] = [];
    const run = await consolidate(
      [good[0], faulty].map((f, i) => received(f as TestFile, i)),
      {
        ui: "en",
        onProgress: ({ step, done, total }) => events.push(`${step} ${done}/${total}`),
        pause: async () => void events.push("pause"),
      },
    );
    expect(events).toEqual([
      "reading 0/2",
      "pause",
      "reading 1/2",
      "pause",
      "reading 2/2",
      "writing 0/1",
      "pause",
      "writing 1/1",
    ]);
    expect(run.counts).toEqual({ accepted: 1, rejected: 1, superseded: 0, missing: 0 });
    expect(ledgerJson(run).intake.map((e) => [e.file, e.outcome])).toEqual([
      ["faulty.xlsx", "rejected"],
      ["org-1.xlsx", "accepted"],
    ]);
    expect(run.summary.reduce((n, chunk) => n + chunk.length, 0)).toBeGreaterThan(0);
  });

  it("refuses a roster that is an organization's workbook, before any file is read", async () => {
    const examined: string[] = [];
    const run = consolidate([good[1] as TestFile], {
      ui: "en",
      roster: received(good[0] as TestFile, 0),
      examine: async (files, onExamined) =>
        Promise.all(files.map(async (f) => (examined.push(f.name), onExamined(), examine(f)))),
    });
    await expect(run).rejects.toBeInstanceOf(RosterUnusable);
    await expect(run).rejects.toMatchObject({ file: "org-1.xlsx" });
    expect(examined).toEqual([]);
  });
});

/** The same entries as a Kazakh methodist types them: every list item by its Kazakh label. */
function inLanguage(entries: typeof VALID_ENTRIES, lang: "kk"): typeof VALID_ENTRIES {
  const labels = new Map<string, string>();
  for (const list of Object.values(LISTS)) for (const item of list.items) labels.set(item.labels.ru, item.labels[lang]);
  return Object.fromEntries(
    Object.entries(entries).map(([form, rows]) => [
      form,
      rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? (labels.get(v) ?? v) : v])),
      ),
    ]),
  );
}
